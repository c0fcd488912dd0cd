package terms

// kw is a keyword of the terms grammar; words in several spellings (EOM and
// e.o.m., 月结 and 月結) share one.
type kw uint8

const (
	kwNone kw = iota
	kwNet
	kwN
	kwDays
	kwEOM
	kwThen
	kwEnd
	kwOf
	kwThe
	kwMonth
	kwFollowing
	kwNext
	kwProx
	kwMFI
	kwCOD
	kwCIA
	kwCND
	kwCash
	kwOn
	kwUpon
	kwIn
	kwWith
	kwDelivery
	kwAdvance
	kwOrder
	kwBefore
	kwShipment
	kwCollect
	kwDue
	kwReceipt
	kwPayable
	kwImmediate
	kwPayment
	kwFrom
	kwAfter
	kwInvoice
	kwDate
	kwWithin
	kwDiscount
	kwIf
	kwPaid
	kwCutoff
	kwSuffix // st, nd, rd, th after a number
	kwWithout
	kwDeduction
	kwBalance
	kwNow
	kwEqual
	kwInstallments
	kwAt
	kwAnd
	kwFixed
	kwCount // two … twelve, 二 … 十二: a count of installments
	// CJK-only words.
	kwMonthly      // 月结: days after the end of the invoice month
	kwRi           // 日: days, or the day of a month after 次月
	kwHao          // 号: the day of a month
	kwPay          // 付款
	kwInside       // 内, 以内: within
	kwTicketArrive // 票到: from receipt of the invoice
	kwGoodsArrive  // 货到: from arrival of the goods
	kwAfterInvoice // 开票后, 发票后: after invoicing
	kwNextMonthCJK // 次月: the next month
	kwFen          // 分 of 分三期
	kwQi           // 期 of 分三期
)

// words maps every ASCII keyword spelling to its keyword. A word not here is
// unknown: there is no prefix matching.
var words = map[string]kw{
	"net": kwNet, "n": kwN, "days": kwDays, "day": kwDays,
	"eom": kwEOM, "e.o.m": kwEOM, "e.o.m.": kwEOM,
	"then": kwThen, "end": kwEnd, "of": kwOf, "the": kwThe, "month": kwMonth,
	"following": kwFollowing, "next": kwNext, "prox": kwProx, "proximo": kwProx, "mfi": kwMFI,
	"cod": kwCOD, "c.o.d": kwCOD, "c.o.d.": kwCOD,
	"cia": kwCIA, "cwo": kwCIA, "pia": kwCIA, "cbs": kwCIA, "prepaid": kwCIA, "prepayment": kwCIA,
	"cnd": kwCND, "cash": kwCash, "on": kwOn, "upon": kwUpon, "in": kwIn, "with": kwWith,
	"delivery": kwDelivery, "advance": kwAdvance, "order": kwOrder, "before": kwBefore,
	"shipment": kwShipment, "collect": kwCollect, "due": kwDue, "receipt": kwReceipt,
	"payable": kwPayable, "immediate": kwImmediate, "immediately": kwImmediate,
	"payment": kwPayment, "from": kwFrom, "after": kwAfter, "invoice": kwInvoice, "bill": kwInvoice,
	"date": kwDate, "within": kwWithin, "discount": kwDiscount, "if": kwIf, "paid": kwPaid,
	"cutoff": kwCutoff, "st": kwSuffix, "nd": kwSuffix, "rd": kwSuffix, "th": kwSuffix,
	"without": kwWithout, "deduction": kwDeduction,
	"balance": kwBalance, "remainder": kwBalance, "rest": kwBalance,
	"now": kwNow, "upfront": kwNow, "down": kwNow, "deposit": kwNow,
	"equal": kwEqual, "installments": kwInstallments, "instalments": kwInstallments, "payments": kwInstallments,
	"at": kwAt, "and": kwAnd, "fixed": kwFixed,
	// German, as in SAP's German term texts ("innerhalb 14 Tagen 2 % Skonto,
	// innerhalb 30 Tagen netto", "zahlbar sofort ohne Abzug").
	"tage": kwDays, "tagen": kwDays, "netto": kwNet, "sofort": kwImmediate, "innerhalb": kwWithin,
	"skonto": kwDiscount, "ohne": kwWithout, "abzug": kwDeduction, "zahlbar": kwPayable,
	"two": kwCount, "three": kwCount, "four": kwCount, "five": kwCount, "six": kwCount,
	"seven": kwCount, "eight": kwCount, "nine": kwCount, "ten": kwCount, "eleven": kwCount, "twelve": kwCount,
}

// countWords are the values of the kwCount words, English and Chinese.
var countWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12,
	"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
	"十": 10, "十一": 11, "十二": 12,
}

// cjkWords are the Chinese words, longest first so that the lexer takes the
// longest match (货到付款 before 货到). Simplified and traditional forms.
var cjkWords = []struct {
	text string
	kw   kw
}{
	{"款到发货", kwCIA}, {"款到發貨", kwCIA}, {"先款后货", kwCIA}, {"先款後貨", kwCIA},
	{"货到付款", kwCOD}, {"貨到付款", kwCOD}, {"见票即付", kwReceipt}, {"見票即付", kwReceipt},
	{"开票后", kwAfterInvoice}, {"開票後", kwAfterInvoice}, {"发票后", kwAfterInvoice}, {"發票後", kwAfterInvoice},
	{"预付款", kwCIA}, {"預付款", kwCIA}, {"十一", kwCount}, {"十二", kwCount},
	{"月结", kwMonthly}, {"月結", kwMonthly}, {"票到", kwTicketArrive}, {"货到", kwGoodsArrive}, {"貨到", kwGoodsArrive},
	{"预付", kwCIA}, {"預付", kwCIA}, {"即付", kwReceipt}, {"次月", kwNextMonthCJK},
	{"付款", kwPay}, {"以内", kwInside}, {"以內", kwInside}, {"之内", kwInside}, {"之內", kwInside},
	{"余款", kwBalance}, {"餘款", kwBalance}, {"尾款", kwBalance}, {"净", kwNet}, {"淨", kwNet},
	{"天", kwDays}, {"日", kwRi}, {"号", kwHao}, {"號", kwHao}, {"内", kwInside}, {"內", kwInside},
	{"分", kwFen}, {"期", kwQi},
	{"二", kwCount}, {"两", kwCount}, {"三", kwCount}, {"四", kwCount}, {"五", kwCount}, {"六", kwCount},
	{"七", kwCount}, {"八", kwCount}, {"九", kwCount}, {"十", kwCount},
}

// vocabulary lists the ASCII keywords a misspelt word is compared with for
// a suggestion, in the order suggestions are tried.
var vocabulary = []string{
	"net", "days", "eom", "prox", "mfi", "cod", "cia", "cwo", "receipt", "due", "upon", "on",
	"then", "end", "of", "month", "following", "next", "immediate", "immediately", "payment",
	"within", "from", "after", "invoice", "date", "bill", "discount", "cutoff", "cash",
	"delivery", "advance", "order", "balance", "upfront", "now", "equal", "installments",
	"the", "day", "proximo", "payable", "deduction", "without",
}
