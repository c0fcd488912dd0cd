package readme

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// libraryPackages are the packages whose sentinels README's errors
// catalogue lists, by directory from the module root.
var libraryPackages = []string{"terms", "discount", "aging", "aging/collections", "dso", "credit", "credit/score"}

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	return string(b)
}

// sentinels lists the exported Err… variables of the package in dir.
func sentinels(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, filepath.Join("..", "..", dir), func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.ParseComments)
	require.NoError(t, err)
	var out []string
	for _, p := range pkgs {
		for _, v := range doc.New(p, dir, 0).Vars {
			for _, spec := range v.Decl.Specs {
				for _, n := range spec.(*ast.ValueSpec).Names {
					if strings.HasPrefix(n.Name, "Err") && n.IsExported() {
						out = append(out, n.Name)
					}
				}
			}
		}
	}
	return out
}

// Every exported sentinel of every package appears in README's errors
// catalogue, in the table under that package's heading — and the
// catalogue names no sentinel that does not exist.
func TestREADMEListsEverySentinel(t *testing.T) {
	text := readme(t)
	start := strings.Index(text, "\n## Errors")
	require.NotEqual(t, -1, start, "README has an Errors section")
	end := strings.Index(text[start+1:], "\n## ")
	catalogue := text[start : start+1+end]
	tables := map[string]string{}
	parts := regexp.MustCompile(`(?m)^\*\*([a-z/]+)\*\*$`).FindAllStringSubmatchIndex(catalogue, -1)
	for i, m := range parts {
		stop := len(catalogue)
		if i+1 < len(parts) {
			stop = parts[i+1][0]
		}
		tables[catalogue[m[2]:m[3]]] = catalogue[m[1]:stop]
	}
	for _, dir := range libraryPackages {
		table, ok := tables[dir]
		require.True(t, ok, "README's errors catalogue has no table for %s", dir)
		names := sentinels(t, dir)
		require.NotEmpty(t, names, dir)
		for _, name := range names {
			assert.Contains(t, table, "`"+name+"`", "README lists %s.%s", dir, name)
		}
		for _, listed := range regexp.MustCompile("`(Err[A-Za-z]+)`").FindAllStringSubmatch(table, -1) {
			assert.Contains(t, names, listed[1], "README lists %s.%s, which does not exist", dir, listed[1])
		}
	}
}

// README's first program is Example_first's body, and its output is the
// Example's output, so the program a reader pastes is the one the tests
// run.
func TestREADMEFirstProgram(t *testing.T) {
	src, err := os.ReadFile("first_test.go")
	require.NoError(t, err)
	body := string(src)
	code := body[strings.Index(body, "// first-program:start\n")+len("// first-program:start\n") : strings.Index(body, "\t// first-program:end")]
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(code, "\n"), "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	text := readme(t)
	assert.Contains(t, text, "```go\n"+strings.Join(lines, "\n")+"\n```", "README shows Example_first's code")
	output := body[strings.Index(body, "// Output:\n")+len("// Output:\n"):]
	var want []string
	for _, l := range strings.Split(output, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "// ") {
			want = append(want, strings.TrimPrefix(l, "// "))
		}
	}
	assert.Contains(t, text, "```text\n"+strings.Join(want, "\n")+"\n```", "README shows Example_first's output")
}
