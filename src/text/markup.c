/*
 * markup: HTML fragments (feed summaries, content, titles with entities) to
 * plain text, and plain text to tidy paragraphs.
 *
 * One linear pass over the input with no per-character allocation: a small
 * output builder ("textout") holds pending whitespace and pending breaks and
 * only writes them when the next visible character arrives, which is what
 * makes trimming, collapsing and paragraph breaks fall out for free.
 *
 * Whitespace between two East Asian wide characters that contains a line
 * break is dropped rather than turned into a space (CSS Text 3 segment break
 * rule): Japanese HTML is often wrapped in the middle of a sentence and a
 * space there would be wrong.
 */
#include "text/markup.h"

#include <stdlib.h>
#include <string.h>

/* ---- the HTML named character references ------------------------------ */

typedef struct html_entity {
    const char *name;  /* without '&' and ';' */
    uint32_t cp1;
    uint16_t cp2;      /* a second code point (a few entities have two), or 0 */
    uint8_t legacy;    /* also recognised without the ';' (HTML5 legacy names) */
} html_entity;

/*
 * The complete HTML5 list (WHATWG "named character references"), sorted by
 * byte order for binary search.  Generated from the standard's table (the
 * same data as Python's html.entities.html5).
 */
static const html_entity html_entities[] = {
    {"AElig", 0xC6, 0x0, 1}, {"AMP", 0x26, 0x0, 1}, {"Aacute", 0xC1, 0x0, 1},
    {"Abreve", 0x102, 0x0, 0}, {"Acirc", 0xC2, 0x0, 1}, {"Acy", 0x410, 0x0, 0},
    {"Afr", 0x1D504, 0x0, 0}, {"Agrave", 0xC0, 0x0, 1}, {"Alpha", 0x391, 0x0, 0},
    {"Amacr", 0x100, 0x0, 0}, {"And", 0x2A53, 0x0, 0}, {"Aogon", 0x104, 0x0, 0},
    {"Aopf", 0x1D538, 0x0, 0}, {"ApplyFunction", 0x2061, 0x0, 0}, {"Aring", 0xC5, 0x0, 1},
    {"Ascr", 0x1D49C, 0x0, 0}, {"Assign", 0x2254, 0x0, 0}, {"Atilde", 0xC3, 0x0, 1},
    {"Auml", 0xC4, 0x0, 1}, {"Backslash", 0x2216, 0x0, 0}, {"Barv", 0x2AE7, 0x0, 0},
    {"Barwed", 0x2306, 0x0, 0}, {"Bcy", 0x411, 0x0, 0}, {"Because", 0x2235, 0x0, 0},
    {"Bernoullis", 0x212C, 0x0, 0}, {"Beta", 0x392, 0x0, 0}, {"Bfr", 0x1D505, 0x0, 0},
    {"Bopf", 0x1D539, 0x0, 0}, {"Breve", 0x2D8, 0x0, 0}, {"Bscr", 0x212C, 0x0, 0},
    {"Bumpeq", 0x224E, 0x0, 0}, {"CHcy", 0x427, 0x0, 0}, {"COPY", 0xA9, 0x0, 1},
    {"Cacute", 0x106, 0x0, 0}, {"Cap", 0x22D2, 0x0, 0}, {"CapitalDifferentialD", 0x2145, 0x0, 0},
    {"Cayleys", 0x212D, 0x0, 0}, {"Ccaron", 0x10C, 0x0, 0}, {"Ccedil", 0xC7, 0x0, 1},
    {"Ccirc", 0x108, 0x0, 0}, {"Cconint", 0x2230, 0x0, 0}, {"Cdot", 0x10A, 0x0, 0},
    {"Cedilla", 0xB8, 0x0, 0}, {"CenterDot", 0xB7, 0x0, 0}, {"Cfr", 0x212D, 0x0, 0},
    {"Chi", 0x3A7, 0x0, 0}, {"CircleDot", 0x2299, 0x0, 0}, {"CircleMinus", 0x2296, 0x0, 0},
    {"CirclePlus", 0x2295, 0x0, 0}, {"CircleTimes", 0x2297, 0x0, 0}, {"ClockwiseContourIntegral", 0x2232, 0x0, 0},
    {"CloseCurlyDoubleQuote", 0x201D, 0x0, 0}, {"CloseCurlyQuote", 0x2019, 0x0, 0}, {"Colon", 0x2237, 0x0, 0},
    {"Colone", 0x2A74, 0x0, 0}, {"Congruent", 0x2261, 0x0, 0}, {"Conint", 0x222F, 0x0, 0},
    {"ContourIntegral", 0x222E, 0x0, 0}, {"Copf", 0x2102, 0x0, 0}, {"Coproduct", 0x2210, 0x0, 0},
    {"CounterClockwiseContourIntegral", 0x2233, 0x0, 0}, {"Cross", 0x2A2F, 0x0, 0}, {"Cscr", 0x1D49E, 0x0, 0},
    {"Cup", 0x22D3, 0x0, 0}, {"CupCap", 0x224D, 0x0, 0}, {"DD", 0x2145, 0x0, 0},
    {"DDotrahd", 0x2911, 0x0, 0}, {"DJcy", 0x402, 0x0, 0}, {"DScy", 0x405, 0x0, 0},
    {"DZcy", 0x40F, 0x0, 0}, {"Dagger", 0x2021, 0x0, 0}, {"Darr", 0x21A1, 0x0, 0},
    {"Dashv", 0x2AE4, 0x0, 0}, {"Dcaron", 0x10E, 0x0, 0}, {"Dcy", 0x414, 0x0, 0},
    {"Del", 0x2207, 0x0, 0}, {"Delta", 0x394, 0x0, 0}, {"Dfr", 0x1D507, 0x0, 0},
    {"DiacriticalAcute", 0xB4, 0x0, 0}, {"DiacriticalDot", 0x2D9, 0x0, 0}, {"DiacriticalDoubleAcute", 0x2DD, 0x0, 0},
    {"DiacriticalGrave", 0x60, 0x0, 0}, {"DiacriticalTilde", 0x2DC, 0x0, 0}, {"Diamond", 0x22C4, 0x0, 0},
    {"DifferentialD", 0x2146, 0x0, 0}, {"Dopf", 0x1D53B, 0x0, 0}, {"Dot", 0xA8, 0x0, 0},
    {"DotDot", 0x20DC, 0x0, 0}, {"DotEqual", 0x2250, 0x0, 0}, {"DoubleContourIntegral", 0x222F, 0x0, 0},
    {"DoubleDot", 0xA8, 0x0, 0}, {"DoubleDownArrow", 0x21D3, 0x0, 0}, {"DoubleLeftArrow", 0x21D0, 0x0, 0},
    {"DoubleLeftRightArrow", 0x21D4, 0x0, 0}, {"DoubleLeftTee", 0x2AE4, 0x0, 0}, {"DoubleLongLeftArrow", 0x27F8, 0x0, 0},
    {"DoubleLongLeftRightArrow", 0x27FA, 0x0, 0}, {"DoubleLongRightArrow", 0x27F9, 0x0, 0}, {"DoubleRightArrow", 0x21D2, 0x0, 0},
    {"DoubleRightTee", 0x22A8, 0x0, 0}, {"DoubleUpArrow", 0x21D1, 0x0, 0}, {"DoubleUpDownArrow", 0x21D5, 0x0, 0},
    {"DoubleVerticalBar", 0x2225, 0x0, 0}, {"DownArrow", 0x2193, 0x0, 0}, {"DownArrowBar", 0x2913, 0x0, 0},
    {"DownArrowUpArrow", 0x21F5, 0x0, 0}, {"DownBreve", 0x311, 0x0, 0}, {"DownLeftRightVector", 0x2950, 0x0, 0},
    {"DownLeftTeeVector", 0x295E, 0x0, 0}, {"DownLeftVector", 0x21BD, 0x0, 0}, {"DownLeftVectorBar", 0x2956, 0x0, 0},
    {"DownRightTeeVector", 0x295F, 0x0, 0}, {"DownRightVector", 0x21C1, 0x0, 0}, {"DownRightVectorBar", 0x2957, 0x0, 0},
    {"DownTee", 0x22A4, 0x0, 0}, {"DownTeeArrow", 0x21A7, 0x0, 0}, {"Downarrow", 0x21D3, 0x0, 0},
    {"Dscr", 0x1D49F, 0x0, 0}, {"Dstrok", 0x110, 0x0, 0}, {"ENG", 0x14A, 0x0, 0},
    {"ETH", 0xD0, 0x0, 1}, {"Eacute", 0xC9, 0x0, 1}, {"Ecaron", 0x11A, 0x0, 0},
    {"Ecirc", 0xCA, 0x0, 1}, {"Ecy", 0x42D, 0x0, 0}, {"Edot", 0x116, 0x0, 0},
    {"Efr", 0x1D508, 0x0, 0}, {"Egrave", 0xC8, 0x0, 1}, {"Element", 0x2208, 0x0, 0},
    {"Emacr", 0x112, 0x0, 0}, {"EmptySmallSquare", 0x25FB, 0x0, 0}, {"EmptyVerySmallSquare", 0x25AB, 0x0, 0},
    {"Eogon", 0x118, 0x0, 0}, {"Eopf", 0x1D53C, 0x0, 0}, {"Epsilon", 0x395, 0x0, 0},
    {"Equal", 0x2A75, 0x0, 0}, {"EqualTilde", 0x2242, 0x0, 0}, {"Equilibrium", 0x21CC, 0x0, 0},
    {"Escr", 0x2130, 0x0, 0}, {"Esim", 0x2A73, 0x0, 0}, {"Eta", 0x397, 0x0, 0},
    {"Euml", 0xCB, 0x0, 1}, {"Exists", 0x2203, 0x0, 0}, {"ExponentialE", 0x2147, 0x0, 0},
    {"Fcy", 0x424, 0x0, 0}, {"Ffr", 0x1D509, 0x0, 0}, {"FilledSmallSquare", 0x25FC, 0x0, 0},
    {"FilledVerySmallSquare", 0x25AA, 0x0, 0}, {"Fopf", 0x1D53D, 0x0, 0}, {"ForAll", 0x2200, 0x0, 0},
    {"Fouriertrf", 0x2131, 0x0, 0}, {"Fscr", 0x2131, 0x0, 0}, {"GJcy", 0x403, 0x0, 0},
    {"GT", 0x3E, 0x0, 1}, {"Gamma", 0x393, 0x0, 0}, {"Gammad", 0x3DC, 0x0, 0},
    {"Gbreve", 0x11E, 0x0, 0}, {"Gcedil", 0x122, 0x0, 0}, {"Gcirc", 0x11C, 0x0, 0},
    {"Gcy", 0x413, 0x0, 0}, {"Gdot", 0x120, 0x0, 0}, {"Gfr", 0x1D50A, 0x0, 0},
    {"Gg", 0x22D9, 0x0, 0}, {"Gopf", 0x1D53E, 0x0, 0}, {"GreaterEqual", 0x2265, 0x0, 0},
    {"GreaterEqualLess", 0x22DB, 0x0, 0}, {"GreaterFullEqual", 0x2267, 0x0, 0}, {"GreaterGreater", 0x2AA2, 0x0, 0},
    {"GreaterLess", 0x2277, 0x0, 0}, {"GreaterSlantEqual", 0x2A7E, 0x0, 0}, {"GreaterTilde", 0x2273, 0x0, 0},
    {"Gscr", 0x1D4A2, 0x0, 0}, {"Gt", 0x226B, 0x0, 0}, {"HARDcy", 0x42A, 0x0, 0},
    {"Hacek", 0x2C7, 0x0, 0}, {"Hat", 0x5E, 0x0, 0}, {"Hcirc", 0x124, 0x0, 0},
    {"Hfr", 0x210C, 0x0, 0}, {"HilbertSpace", 0x210B, 0x0, 0}, {"Hopf", 0x210D, 0x0, 0},
    {"HorizontalLine", 0x2500, 0x0, 0}, {"Hscr", 0x210B, 0x0, 0}, {"Hstrok", 0x126, 0x0, 0},
    {"HumpDownHump", 0x224E, 0x0, 0}, {"HumpEqual", 0x224F, 0x0, 0}, {"IEcy", 0x415, 0x0, 0},
    {"IJlig", 0x132, 0x0, 0}, {"IOcy", 0x401, 0x0, 0}, {"Iacute", 0xCD, 0x0, 1},
    {"Icirc", 0xCE, 0x0, 1}, {"Icy", 0x418, 0x0, 0}, {"Idot", 0x130, 0x0, 0},
    {"Ifr", 0x2111, 0x0, 0}, {"Igrave", 0xCC, 0x0, 1}, {"Im", 0x2111, 0x0, 0},
    {"Imacr", 0x12A, 0x0, 0}, {"ImaginaryI", 0x2148, 0x0, 0}, {"Implies", 0x21D2, 0x0, 0},
    {"Int", 0x222C, 0x0, 0}, {"Integral", 0x222B, 0x0, 0}, {"Intersection", 0x22C2, 0x0, 0},
    {"InvisibleComma", 0x2063, 0x0, 0}, {"InvisibleTimes", 0x2062, 0x0, 0}, {"Iogon", 0x12E, 0x0, 0},
    {"Iopf", 0x1D540, 0x0, 0}, {"Iota", 0x399, 0x0, 0}, {"Iscr", 0x2110, 0x0, 0},
    {"Itilde", 0x128, 0x0, 0}, {"Iukcy", 0x406, 0x0, 0}, {"Iuml", 0xCF, 0x0, 1},
    {"Jcirc", 0x134, 0x0, 0}, {"Jcy", 0x419, 0x0, 0}, {"Jfr", 0x1D50D, 0x0, 0},
    {"Jopf", 0x1D541, 0x0, 0}, {"Jscr", 0x1D4A5, 0x0, 0}, {"Jsercy", 0x408, 0x0, 0},
    {"Jukcy", 0x404, 0x0, 0}, {"KHcy", 0x425, 0x0, 0}, {"KJcy", 0x40C, 0x0, 0},
    {"Kappa", 0x39A, 0x0, 0}, {"Kcedil", 0x136, 0x0, 0}, {"Kcy", 0x41A, 0x0, 0},
    {"Kfr", 0x1D50E, 0x0, 0}, {"Kopf", 0x1D542, 0x0, 0}, {"Kscr", 0x1D4A6, 0x0, 0},
    {"LJcy", 0x409, 0x0, 0}, {"LT", 0x3C, 0x0, 1}, {"Lacute", 0x139, 0x0, 0},
    {"Lambda", 0x39B, 0x0, 0}, {"Lang", 0x27EA, 0x0, 0}, {"Laplacetrf", 0x2112, 0x0, 0},
    {"Larr", 0x219E, 0x0, 0}, {"Lcaron", 0x13D, 0x0, 0}, {"Lcedil", 0x13B, 0x0, 0},
    {"Lcy", 0x41B, 0x0, 0}, {"LeftAngleBracket", 0x27E8, 0x0, 0}, {"LeftArrow", 0x2190, 0x0, 0},
    {"LeftArrowBar", 0x21E4, 0x0, 0}, {"LeftArrowRightArrow", 0x21C6, 0x0, 0}, {"LeftCeiling", 0x2308, 0x0, 0},
    {"LeftDoubleBracket", 0x27E6, 0x0, 0}, {"LeftDownTeeVector", 0x2961, 0x0, 0}, {"LeftDownVector", 0x21C3, 0x0, 0},
    {"LeftDownVectorBar", 0x2959, 0x0, 0}, {"LeftFloor", 0x230A, 0x0, 0}, {"LeftRightArrow", 0x2194, 0x0, 0},
    {"LeftRightVector", 0x294E, 0x0, 0}, {"LeftTee", 0x22A3, 0x0, 0}, {"LeftTeeArrow", 0x21A4, 0x0, 0},
    {"LeftTeeVector", 0x295A, 0x0, 0}, {"LeftTriangle", 0x22B2, 0x0, 0}, {"LeftTriangleBar", 0x29CF, 0x0, 0},
    {"LeftTriangleEqual", 0x22B4, 0x0, 0}, {"LeftUpDownVector", 0x2951, 0x0, 0}, {"LeftUpTeeVector", 0x2960, 0x0, 0},
    {"LeftUpVector", 0x21BF, 0x0, 0}, {"LeftUpVectorBar", 0x2958, 0x0, 0}, {"LeftVector", 0x21BC, 0x0, 0},
    {"LeftVectorBar", 0x2952, 0x0, 0}, {"Leftarrow", 0x21D0, 0x0, 0}, {"Leftrightarrow", 0x21D4, 0x0, 0},
    {"LessEqualGreater", 0x22DA, 0x0, 0}, {"LessFullEqual", 0x2266, 0x0, 0}, {"LessGreater", 0x2276, 0x0, 0},
    {"LessLess", 0x2AA1, 0x0, 0}, {"LessSlantEqual", 0x2A7D, 0x0, 0}, {"LessTilde", 0x2272, 0x0, 0},
    {"Lfr", 0x1D50F, 0x0, 0}, {"Ll", 0x22D8, 0x0, 0}, {"Lleftarrow", 0x21DA, 0x0, 0},
    {"Lmidot", 0x13F, 0x0, 0}, {"LongLeftArrow", 0x27F5, 0x0, 0}, {"LongLeftRightArrow", 0x27F7, 0x0, 0},
    {"LongRightArrow", 0x27F6, 0x0, 0}, {"Longleftarrow", 0x27F8, 0x0, 0}, {"Longleftrightarrow", 0x27FA, 0x0, 0},
    {"Longrightarrow", 0x27F9, 0x0, 0}, {"Lopf", 0x1D543, 0x0, 0}, {"LowerLeftArrow", 0x2199, 0x0, 0},
    {"LowerRightArrow", 0x2198, 0x0, 0}, {"Lscr", 0x2112, 0x0, 0}, {"Lsh", 0x21B0, 0x0, 0},
    {"Lstrok", 0x141, 0x0, 0}, {"Lt", 0x226A, 0x0, 0}, {"Map", 0x2905, 0x0, 0},
    {"Mcy", 0x41C, 0x0, 0}, {"MediumSpace", 0x205F, 0x0, 0}, {"Mellintrf", 0x2133, 0x0, 0},
    {"Mfr", 0x1D510, 0x0, 0}, {"MinusPlus", 0x2213, 0x0, 0}, {"Mopf", 0x1D544, 0x0, 0},
    {"Mscr", 0x2133, 0x0, 0}, {"Mu", 0x39C, 0x0, 0}, {"NJcy", 0x40A, 0x0, 0},
    {"Nacute", 0x143, 0x0, 0}, {"Ncaron", 0x147, 0x0, 0}, {"Ncedil", 0x145, 0x0, 0},
    {"Ncy", 0x41D, 0x0, 0}, {"NegativeMediumSpace", 0x200B, 0x0, 0}, {"NegativeThickSpace", 0x200B, 0x0, 0},
    {"NegativeThinSpace", 0x200B, 0x0, 0}, {"NegativeVeryThinSpace", 0x200B, 0x0, 0}, {"NestedGreaterGreater", 0x226B, 0x0, 0},
    {"NestedLessLess", 0x226A, 0x0, 0}, {"NewLine", 0xA, 0x0, 0}, {"Nfr", 0x1D511, 0x0, 0},
    {"NoBreak", 0x2060, 0x0, 0}, {"NonBreakingSpace", 0xA0, 0x0, 0}, {"Nopf", 0x2115, 0x0, 0},
    {"Not", 0x2AEC, 0x0, 0}, {"NotCongruent", 0x2262, 0x0, 0}, {"NotCupCap", 0x226D, 0x0, 0},
    {"NotDoubleVerticalBar", 0x2226, 0x0, 0}, {"NotElement", 0x2209, 0x0, 0}, {"NotEqual", 0x2260, 0x0, 0},
    {"NotEqualTilde", 0x2242, 0x338, 0}, {"NotExists", 0x2204, 0x0, 0}, {"NotGreater", 0x226F, 0x0, 0},
    {"NotGreaterEqual", 0x2271, 0x0, 0}, {"NotGreaterFullEqual", 0x2267, 0x338, 0}, {"NotGreaterGreater", 0x226B, 0x338, 0},
    {"NotGreaterLess", 0x2279, 0x0, 0}, {"NotGreaterSlantEqual", 0x2A7E, 0x338, 0}, {"NotGreaterTilde", 0x2275, 0x0, 0},
    {"NotHumpDownHump", 0x224E, 0x338, 0}, {"NotHumpEqual", 0x224F, 0x338, 0}, {"NotLeftTriangle", 0x22EA, 0x0, 0},
    {"NotLeftTriangleBar", 0x29CF, 0x338, 0}, {"NotLeftTriangleEqual", 0x22EC, 0x0, 0}, {"NotLess", 0x226E, 0x0, 0},
    {"NotLessEqual", 0x2270, 0x0, 0}, {"NotLessGreater", 0x2278, 0x0, 0}, {"NotLessLess", 0x226A, 0x338, 0},
    {"NotLessSlantEqual", 0x2A7D, 0x338, 0}, {"NotLessTilde", 0x2274, 0x0, 0}, {"NotNestedGreaterGreater", 0x2AA2, 0x338, 0},
    {"NotNestedLessLess", 0x2AA1, 0x338, 0}, {"NotPrecedes", 0x2280, 0x0, 0}, {"NotPrecedesEqual", 0x2AAF, 0x338, 0},
    {"NotPrecedesSlantEqual", 0x22E0, 0x0, 0}, {"NotReverseElement", 0x220C, 0x0, 0}, {"NotRightTriangle", 0x22EB, 0x0, 0},
    {"NotRightTriangleBar", 0x29D0, 0x338, 0}, {"NotRightTriangleEqual", 0x22ED, 0x0, 0}, {"NotSquareSubset", 0x228F, 0x338, 0},
    {"NotSquareSubsetEqual", 0x22E2, 0x0, 0}, {"NotSquareSuperset", 0x2290, 0x338, 0}, {"NotSquareSupersetEqual", 0x22E3, 0x0, 0},
    {"NotSubset", 0x2282, 0x20D2, 0}, {"NotSubsetEqual", 0x2288, 0x0, 0}, {"NotSucceeds", 0x2281, 0x0, 0},
    {"NotSucceedsEqual", 0x2AB0, 0x338, 0}, {"NotSucceedsSlantEqual", 0x22E1, 0x0, 0}, {"NotSucceedsTilde", 0x227F, 0x338, 0},
    {"NotSuperset", 0x2283, 0x20D2, 0}, {"NotSupersetEqual", 0x2289, 0x0, 0}, {"NotTilde", 0x2241, 0x0, 0},
    {"NotTildeEqual", 0x2244, 0x0, 0}, {"NotTildeFullEqual", 0x2247, 0x0, 0}, {"NotTildeTilde", 0x2249, 0x0, 0},
    {"NotVerticalBar", 0x2224, 0x0, 0}, {"Nscr", 0x1D4A9, 0x0, 0}, {"Ntilde", 0xD1, 0x0, 1},
    {"Nu", 0x39D, 0x0, 0}, {"OElig", 0x152, 0x0, 0}, {"Oacute", 0xD3, 0x0, 1},
    {"Ocirc", 0xD4, 0x0, 1}, {"Ocy", 0x41E, 0x0, 0}, {"Odblac", 0x150, 0x0, 0},
    {"Ofr", 0x1D512, 0x0, 0}, {"Ograve", 0xD2, 0x0, 1}, {"Omacr", 0x14C, 0x0, 0},
    {"Omega", 0x3A9, 0x0, 0}, {"Omicron", 0x39F, 0x0, 0}, {"Oopf", 0x1D546, 0x0, 0},
    {"OpenCurlyDoubleQuote", 0x201C, 0x0, 0}, {"OpenCurlyQuote", 0x2018, 0x0, 0}, {"Or", 0x2A54, 0x0, 0},
    {"Oscr", 0x1D4AA, 0x0, 0}, {"Oslash", 0xD8, 0x0, 1}, {"Otilde", 0xD5, 0x0, 1},
    {"Otimes", 0x2A37, 0x0, 0}, {"Ouml", 0xD6, 0x0, 1}, {"OverBar", 0x203E, 0x0, 0},
    {"OverBrace", 0x23DE, 0x0, 0}, {"OverBracket", 0x23B4, 0x0, 0}, {"OverParenthesis", 0x23DC, 0x0, 0},
    {"PartialD", 0x2202, 0x0, 0}, {"Pcy", 0x41F, 0x0, 0}, {"Pfr", 0x1D513, 0x0, 0},
    {"Phi", 0x3A6, 0x0, 0}, {"Pi", 0x3A0, 0x0, 0}, {"PlusMinus", 0xB1, 0x0, 0},
    {"Poincareplane", 0x210C, 0x0, 0}, {"Popf", 0x2119, 0x0, 0}, {"Pr", 0x2ABB, 0x0, 0},
    {"Precedes", 0x227A, 0x0, 0}, {"PrecedesEqual", 0x2AAF, 0x0, 0}, {"PrecedesSlantEqual", 0x227C, 0x0, 0},
    {"PrecedesTilde", 0x227E, 0x0, 0}, {"Prime", 0x2033, 0x0, 0}, {"Product", 0x220F, 0x0, 0},
    {"Proportion", 0x2237, 0x0, 0}, {"Proportional", 0x221D, 0x0, 0}, {"Pscr", 0x1D4AB, 0x0, 0},
    {"Psi", 0x3A8, 0x0, 0}, {"QUOT", 0x22, 0x0, 1}, {"Qfr", 0x1D514, 0x0, 0},
    {"Qopf", 0x211A, 0x0, 0}, {"Qscr", 0x1D4AC, 0x0, 0}, {"RBarr", 0x2910, 0x0, 0},
    {"REG", 0xAE, 0x0, 1}, {"Racute", 0x154, 0x0, 0}, {"Rang", 0x27EB, 0x0, 0},
    {"Rarr", 0x21A0, 0x0, 0}, {"Rarrtl", 0x2916, 0x0, 0}, {"Rcaron", 0x158, 0x0, 0},
    {"Rcedil", 0x156, 0x0, 0}, {"Rcy", 0x420, 0x0, 0}, {"Re", 0x211C, 0x0, 0},
    {"ReverseElement", 0x220B, 0x0, 0}, {"ReverseEquilibrium", 0x21CB, 0x0, 0}, {"ReverseUpEquilibrium", 0x296F, 0x0, 0},
    {"Rfr", 0x211C, 0x0, 0}, {"Rho", 0x3A1, 0x0, 0}, {"RightAngleBracket", 0x27E9, 0x0, 0},
    {"RightArrow", 0x2192, 0x0, 0}, {"RightArrowBar", 0x21E5, 0x0, 0}, {"RightArrowLeftArrow", 0x21C4, 0x0, 0},
    {"RightCeiling", 0x2309, 0x0, 0}, {"RightDoubleBracket", 0x27E7, 0x0, 0}, {"RightDownTeeVector", 0x295D, 0x0, 0},
    {"RightDownVector", 0x21C2, 0x0, 0}, {"RightDownVectorBar", 0x2955, 0x0, 0}, {"RightFloor", 0x230B, 0x0, 0},
    {"RightTee", 0x22A2, 0x0, 0}, {"RightTeeArrow", 0x21A6, 0x0, 0}, {"RightTeeVector", 0x295B, 0x0, 0},
    {"RightTriangle", 0x22B3, 0x0, 0}, {"RightTriangleBar", 0x29D0, 0x0, 0}, {"RightTriangleEqual", 0x22B5, 0x0, 0},
    {"RightUpDownVector", 0x294F, 0x0, 0}, {"RightUpTeeVector", 0x295C, 0x0, 0}, {"RightUpVector", 0x21BE, 0x0, 0},
    {"RightUpVectorBar", 0x2954, 0x0, 0}, {"RightVector", 0x21C0, 0x0, 0}, {"RightVectorBar", 0x2953, 0x0, 0},
    {"Rightarrow", 0x21D2, 0x0, 0}, {"Ropf", 0x211D, 0x0, 0}, {"RoundImplies", 0x2970, 0x0, 0},
    {"Rrightarrow", 0x21DB, 0x0, 0}, {"Rscr", 0x211B, 0x0, 0}, {"Rsh", 0x21B1, 0x0, 0},
    {"RuleDelayed", 0x29F4, 0x0, 0}, {"SHCHcy", 0x429, 0x0, 0}, {"SHcy", 0x428, 0x0, 0},
    {"SOFTcy", 0x42C, 0x0, 0}, {"Sacute", 0x15A, 0x0, 0}, {"Sc", 0x2ABC, 0x0, 0},
    {"Scaron", 0x160, 0x0, 0}, {"Scedil", 0x15E, 0x0, 0}, {"Scirc", 0x15C, 0x0, 0},
    {"Scy", 0x421, 0x0, 0}, {"Sfr", 0x1D516, 0x0, 0}, {"ShortDownArrow", 0x2193, 0x0, 0},
    {"ShortLeftArrow", 0x2190, 0x0, 0}, {"ShortRightArrow", 0x2192, 0x0, 0}, {"ShortUpArrow", 0x2191, 0x0, 0},
    {"Sigma", 0x3A3, 0x0, 0}, {"SmallCircle", 0x2218, 0x0, 0}, {"Sopf", 0x1D54A, 0x0, 0},
    {"Sqrt", 0x221A, 0x0, 0}, {"Square", 0x25A1, 0x0, 0}, {"SquareIntersection", 0x2293, 0x0, 0},
    {"SquareSubset", 0x228F, 0x0, 0}, {"SquareSubsetEqual", 0x2291, 0x0, 0}, {"SquareSuperset", 0x2290, 0x0, 0},
    {"SquareSupersetEqual", 0x2292, 0x0, 0}, {"SquareUnion", 0x2294, 0x0, 0}, {"Sscr", 0x1D4AE, 0x0, 0},
    {"Star", 0x22C6, 0x0, 0}, {"Sub", 0x22D0, 0x0, 0}, {"Subset", 0x22D0, 0x0, 0},
    {"SubsetEqual", 0x2286, 0x0, 0}, {"Succeeds", 0x227B, 0x0, 0}, {"SucceedsEqual", 0x2AB0, 0x0, 0},
    {"SucceedsSlantEqual", 0x227D, 0x0, 0}, {"SucceedsTilde", 0x227F, 0x0, 0}, {"SuchThat", 0x220B, 0x0, 0},
    {"Sum", 0x2211, 0x0, 0}, {"Sup", 0x22D1, 0x0, 0}, {"Superset", 0x2283, 0x0, 0},
    {"SupersetEqual", 0x2287, 0x0, 0}, {"Supset", 0x22D1, 0x0, 0}, {"THORN", 0xDE, 0x0, 1},
    {"TRADE", 0x2122, 0x0, 0}, {"TSHcy", 0x40B, 0x0, 0}, {"TScy", 0x426, 0x0, 0},
    {"Tab", 0x9, 0x0, 0}, {"Tau", 0x3A4, 0x0, 0}, {"Tcaron", 0x164, 0x0, 0},
    {"Tcedil", 0x162, 0x0, 0}, {"Tcy", 0x422, 0x0, 0}, {"Tfr", 0x1D517, 0x0, 0},
    {"Therefore", 0x2234, 0x0, 0}, {"Theta", 0x398, 0x0, 0}, {"ThickSpace", 0x205F, 0x200A, 0},
    {"ThinSpace", 0x2009, 0x0, 0}, {"Tilde", 0x223C, 0x0, 0}, {"TildeEqual", 0x2243, 0x0, 0},
    {"TildeFullEqual", 0x2245, 0x0, 0}, {"TildeTilde", 0x2248, 0x0, 0}, {"Topf", 0x1D54B, 0x0, 0},
    {"TripleDot", 0x20DB, 0x0, 0}, {"Tscr", 0x1D4AF, 0x0, 0}, {"Tstrok", 0x166, 0x0, 0},
    {"Uacute", 0xDA, 0x0, 1}, {"Uarr", 0x219F, 0x0, 0}, {"Uarrocir", 0x2949, 0x0, 0},
    {"Ubrcy", 0x40E, 0x0, 0}, {"Ubreve", 0x16C, 0x0, 0}, {"Ucirc", 0xDB, 0x0, 1},
    {"Ucy", 0x423, 0x0, 0}, {"Udblac", 0x170, 0x0, 0}, {"Ufr", 0x1D518, 0x0, 0},
    {"Ugrave", 0xD9, 0x0, 1}, {"Umacr", 0x16A, 0x0, 0}, {"UnderBar", 0x5F, 0x0, 0},
    {"UnderBrace", 0x23DF, 0x0, 0}, {"UnderBracket", 0x23B5, 0x0, 0}, {"UnderParenthesis", 0x23DD, 0x0, 0},
    {"Union", 0x22C3, 0x0, 0}, {"UnionPlus", 0x228E, 0x0, 0}, {"Uogon", 0x172, 0x0, 0},
    {"Uopf", 0x1D54C, 0x0, 0}, {"UpArrow", 0x2191, 0x0, 0}, {"UpArrowBar", 0x2912, 0x0, 0},
    {"UpArrowDownArrow", 0x21C5, 0x0, 0}, {"UpDownArrow", 0x2195, 0x0, 0}, {"UpEquilibrium", 0x296E, 0x0, 0},
    {"UpTee", 0x22A5, 0x0, 0}, {"UpTeeArrow", 0x21A5, 0x0, 0}, {"Uparrow", 0x21D1, 0x0, 0},
    {"Updownarrow", 0x21D5, 0x0, 0}, {"UpperLeftArrow", 0x2196, 0x0, 0}, {"UpperRightArrow", 0x2197, 0x0, 0},
    {"Upsi", 0x3D2, 0x0, 0}, {"Upsilon", 0x3A5, 0x0, 0}, {"Uring", 0x16E, 0x0, 0},
    {"Uscr", 0x1D4B0, 0x0, 0}, {"Utilde", 0x168, 0x0, 0}, {"Uuml", 0xDC, 0x0, 1},
    {"VDash", 0x22AB, 0x0, 0}, {"Vbar", 0x2AEB, 0x0, 0}, {"Vcy", 0x412, 0x0, 0},
    {"Vdash", 0x22A9, 0x0, 0}, {"Vdashl", 0x2AE6, 0x0, 0}, {"Vee", 0x22C1, 0x0, 0},
    {"Verbar", 0x2016, 0x0, 0}, {"Vert", 0x2016, 0x0, 0}, {"VerticalBar", 0x2223, 0x0, 0},
    {"VerticalLine", 0x7C, 0x0, 0}, {"VerticalSeparator", 0x2758, 0x0, 0}, {"VerticalTilde", 0x2240, 0x0, 0},
    {"VeryThinSpace", 0x200A, 0x0, 0}, {"Vfr", 0x1D519, 0x0, 0}, {"Vopf", 0x1D54D, 0x0, 0},
    {"Vscr", 0x1D4B1, 0x0, 0}, {"Vvdash", 0x22AA, 0x0, 0}, {"Wcirc", 0x174, 0x0, 0},
    {"Wedge", 0x22C0, 0x0, 0}, {"Wfr", 0x1D51A, 0x0, 0}, {"Wopf", 0x1D54E, 0x0, 0},
    {"Wscr", 0x1D4B2, 0x0, 0}, {"Xfr", 0x1D51B, 0x0, 0}, {"Xi", 0x39E, 0x0, 0},
    {"Xopf", 0x1D54F, 0x0, 0}, {"Xscr", 0x1D4B3, 0x0, 0}, {"YAcy", 0x42F, 0x0, 0},
    {"YIcy", 0x407, 0x0, 0}, {"YUcy", 0x42E, 0x0, 0}, {"Yacute", 0xDD, 0x0, 1},
    {"Ycirc", 0x176, 0x0, 0}, {"Ycy", 0x42B, 0x0, 0}, {"Yfr", 0x1D51C, 0x0, 0},
    {"Yopf", 0x1D550, 0x0, 0}, {"Yscr", 0x1D4B4, 0x0, 0}, {"Yuml", 0x178, 0x0, 0},
    {"ZHcy", 0x416, 0x0, 0}, {"Zacute", 0x179, 0x0, 0}, {"Zcaron", 0x17D, 0x0, 0},
    {"Zcy", 0x417, 0x0, 0}, {"Zdot", 0x17B, 0x0, 0}, {"ZeroWidthSpace", 0x200B, 0x0, 0},
    {"Zeta", 0x396, 0x0, 0}, {"Zfr", 0x2128, 0x0, 0}, {"Zopf", 0x2124, 0x0, 0},
    {"Zscr", 0x1D4B5, 0x0, 0}, {"aacute", 0xE1, 0x0, 1}, {"abreve", 0x103, 0x0, 0},
    {"ac", 0x223E, 0x0, 0}, {"acE", 0x223E, 0x333, 0}, {"acd", 0x223F, 0x0, 0},
    {"acirc", 0xE2, 0x0, 1}, {"acute", 0xB4, 0x0, 1}, {"acy", 0x430, 0x0, 0},
    {"aelig", 0xE6, 0x0, 1}, {"af", 0x2061, 0x0, 0}, {"afr", 0x1D51E, 0x0, 0},
    {"agrave", 0xE0, 0x0, 1}, {"alefsym", 0x2135, 0x0, 0}, {"aleph", 0x2135, 0x0, 0},
    {"alpha", 0x3B1, 0x0, 0}, {"amacr", 0x101, 0x0, 0}, {"amalg", 0x2A3F, 0x0, 0},
    {"amp", 0x26, 0x0, 1}, {"and", 0x2227, 0x0, 0}, {"andand", 0x2A55, 0x0, 0},
    {"andd", 0x2A5C, 0x0, 0}, {"andslope", 0x2A58, 0x0, 0}, {"andv", 0x2A5A, 0x0, 0},
    {"ang", 0x2220, 0x0, 0}, {"ange", 0x29A4, 0x0, 0}, {"angle", 0x2220, 0x0, 0},
    {"angmsd", 0x2221, 0x0, 0}, {"angmsdaa", 0x29A8, 0x0, 0}, {"angmsdab", 0x29A9, 0x0, 0},
    {"angmsdac", 0x29AA, 0x0, 0}, {"angmsdad", 0x29AB, 0x0, 0}, {"angmsdae", 0x29AC, 0x0, 0},
    {"angmsdaf", 0x29AD, 0x0, 0}, {"angmsdag", 0x29AE, 0x0, 0}, {"angmsdah", 0x29AF, 0x0, 0},
    {"angrt", 0x221F, 0x0, 0}, {"angrtvb", 0x22BE, 0x0, 0}, {"angrtvbd", 0x299D, 0x0, 0},
    {"angsph", 0x2222, 0x0, 0}, {"angst", 0xC5, 0x0, 0}, {"angzarr", 0x237C, 0x0, 0},
    {"aogon", 0x105, 0x0, 0}, {"aopf", 0x1D552, 0x0, 0}, {"ap", 0x2248, 0x0, 0},
    {"apE", 0x2A70, 0x0, 0}, {"apacir", 0x2A6F, 0x0, 0}, {"ape", 0x224A, 0x0, 0},
    {"apid", 0x224B, 0x0, 0}, {"apos", 0x27, 0x0, 0}, {"approx", 0x2248, 0x0, 0},
    {"approxeq", 0x224A, 0x0, 0}, {"aring", 0xE5, 0x0, 1}, {"ascr", 0x1D4B6, 0x0, 0},
    {"ast", 0x2A, 0x0, 0}, {"asymp", 0x2248, 0x0, 0}, {"asympeq", 0x224D, 0x0, 0},
    {"atilde", 0xE3, 0x0, 1}, {"auml", 0xE4, 0x0, 1}, {"awconint", 0x2233, 0x0, 0},
    {"awint", 0x2A11, 0x0, 0}, {"bNot", 0x2AED, 0x0, 0}, {"backcong", 0x224C, 0x0, 0},
    {"backepsilon", 0x3F6, 0x0, 0}, {"backprime", 0x2035, 0x0, 0}, {"backsim", 0x223D, 0x0, 0},
    {"backsimeq", 0x22CD, 0x0, 0}, {"barvee", 0x22BD, 0x0, 0}, {"barwed", 0x2305, 0x0, 0},
    {"barwedge", 0x2305, 0x0, 0}, {"bbrk", 0x23B5, 0x0, 0}, {"bbrktbrk", 0x23B6, 0x0, 0},
    {"bcong", 0x224C, 0x0, 0}, {"bcy", 0x431, 0x0, 0}, {"bdquo", 0x201E, 0x0, 0},
    {"becaus", 0x2235, 0x0, 0}, {"because", 0x2235, 0x0, 0}, {"bemptyv", 0x29B0, 0x0, 0},
    {"bepsi", 0x3F6, 0x0, 0}, {"bernou", 0x212C, 0x0, 0}, {"beta", 0x3B2, 0x0, 0},
    {"beth", 0x2136, 0x0, 0}, {"between", 0x226C, 0x0, 0}, {"bfr", 0x1D51F, 0x0, 0},
    {"bigcap", 0x22C2, 0x0, 0}, {"bigcirc", 0x25EF, 0x0, 0}, {"bigcup", 0x22C3, 0x0, 0},
    {"bigodot", 0x2A00, 0x0, 0}, {"bigoplus", 0x2A01, 0x0, 0}, {"bigotimes", 0x2A02, 0x0, 0},
    {"bigsqcup", 0x2A06, 0x0, 0}, {"bigstar", 0x2605, 0x0, 0}, {"bigtriangledown", 0x25BD, 0x0, 0},
    {"bigtriangleup", 0x25B3, 0x0, 0}, {"biguplus", 0x2A04, 0x0, 0}, {"bigvee", 0x22C1, 0x0, 0},
    {"bigwedge", 0x22C0, 0x0, 0}, {"bkarow", 0x290D, 0x0, 0}, {"blacklozenge", 0x29EB, 0x0, 0},
    {"blacksquare", 0x25AA, 0x0, 0}, {"blacktriangle", 0x25B4, 0x0, 0}, {"blacktriangledown", 0x25BE, 0x0, 0},
    {"blacktriangleleft", 0x25C2, 0x0, 0}, {"blacktriangleright", 0x25B8, 0x0, 0}, {"blank", 0x2423, 0x0, 0},
    {"blk12", 0x2592, 0x0, 0}, {"blk14", 0x2591, 0x0, 0}, {"blk34", 0x2593, 0x0, 0},
    {"block", 0x2588, 0x0, 0}, {"bne", 0x3D, 0x20E5, 0}, {"bnequiv", 0x2261, 0x20E5, 0},
    {"bnot", 0x2310, 0x0, 0}, {"bopf", 0x1D553, 0x0, 0}, {"bot", 0x22A5, 0x0, 0},
    {"bottom", 0x22A5, 0x0, 0}, {"bowtie", 0x22C8, 0x0, 0}, {"boxDL", 0x2557, 0x0, 0},
    {"boxDR", 0x2554, 0x0, 0}, {"boxDl", 0x2556, 0x0, 0}, {"boxDr", 0x2553, 0x0, 0},
    {"boxH", 0x2550, 0x0, 0}, {"boxHD", 0x2566, 0x0, 0}, {"boxHU", 0x2569, 0x0, 0},
    {"boxHd", 0x2564, 0x0, 0}, {"boxHu", 0x2567, 0x0, 0}, {"boxUL", 0x255D, 0x0, 0},
    {"boxUR", 0x255A, 0x0, 0}, {"boxUl", 0x255C, 0x0, 0}, {"boxUr", 0x2559, 0x0, 0},
    {"boxV", 0x2551, 0x0, 0}, {"boxVH", 0x256C, 0x0, 0}, {"boxVL", 0x2563, 0x0, 0},
    {"boxVR", 0x2560, 0x0, 0}, {"boxVh", 0x256B, 0x0, 0}, {"boxVl", 0x2562, 0x0, 0},
    {"boxVr", 0x255F, 0x0, 0}, {"boxbox", 0x29C9, 0x0, 0}, {"boxdL", 0x2555, 0x0, 0},
    {"boxdR", 0x2552, 0x0, 0}, {"boxdl", 0x2510, 0x0, 0}, {"boxdr", 0x250C, 0x0, 0},
    {"boxh", 0x2500, 0x0, 0}, {"boxhD", 0x2565, 0x0, 0}, {"boxhU", 0x2568, 0x0, 0},
    {"boxhd", 0x252C, 0x0, 0}, {"boxhu", 0x2534, 0x0, 0}, {"boxminus", 0x229F, 0x0, 0},
    {"boxplus", 0x229E, 0x0, 0}, {"boxtimes", 0x22A0, 0x0, 0}, {"boxuL", 0x255B, 0x0, 0},
    {"boxuR", 0x2558, 0x0, 0}, {"boxul", 0x2518, 0x0, 0}, {"boxur", 0x2514, 0x0, 0},
    {"boxv", 0x2502, 0x0, 0}, {"boxvH", 0x256A, 0x0, 0}, {"boxvL", 0x2561, 0x0, 0},
    {"boxvR", 0x255E, 0x0, 0}, {"boxvh", 0x253C, 0x0, 0}, {"boxvl", 0x2524, 0x0, 0},
    {"boxvr", 0x251C, 0x0, 0}, {"bprime", 0x2035, 0x0, 0}, {"breve", 0x2D8, 0x0, 0},
    {"brvbar", 0xA6, 0x0, 1}, {"bscr", 0x1D4B7, 0x0, 0}, {"bsemi", 0x204F, 0x0, 0},
    {"bsim", 0x223D, 0x0, 0}, {"bsime", 0x22CD, 0x0, 0}, {"bsol", 0x5C, 0x0, 0},
    {"bsolb", 0x29C5, 0x0, 0}, {"bsolhsub", 0x27C8, 0x0, 0}, {"bull", 0x2022, 0x0, 0},
    {"bullet", 0x2022, 0x0, 0}, {"bump", 0x224E, 0x0, 0}, {"bumpE", 0x2AAE, 0x0, 0},
    {"bumpe", 0x224F, 0x0, 0}, {"bumpeq", 0x224F, 0x0, 0}, {"cacute", 0x107, 0x0, 0},
    {"cap", 0x2229, 0x0, 0}, {"capand", 0x2A44, 0x0, 0}, {"capbrcup", 0x2A49, 0x0, 0},
    {"capcap", 0x2A4B, 0x0, 0}, {"capcup", 0x2A47, 0x0, 0}, {"capdot", 0x2A40, 0x0, 0},
    {"caps", 0x2229, 0xFE00, 0}, {"caret", 0x2041, 0x0, 0}, {"caron", 0x2C7, 0x0, 0},
    {"ccaps", 0x2A4D, 0x0, 0}, {"ccaron", 0x10D, 0x0, 0}, {"ccedil", 0xE7, 0x0, 1},
    {"ccirc", 0x109, 0x0, 0}, {"ccups", 0x2A4C, 0x0, 0}, {"ccupssm", 0x2A50, 0x0, 0},
    {"cdot", 0x10B, 0x0, 0}, {"cedil", 0xB8, 0x0, 1}, {"cemptyv", 0x29B2, 0x0, 0},
    {"cent", 0xA2, 0x0, 1}, {"centerdot", 0xB7, 0x0, 0}, {"cfr", 0x1D520, 0x0, 0},
    {"chcy", 0x447, 0x0, 0}, {"check", 0x2713, 0x0, 0}, {"checkmark", 0x2713, 0x0, 0},
    {"chi", 0x3C7, 0x0, 0}, {"cir", 0x25CB, 0x0, 0}, {"cirE", 0x29C3, 0x0, 0},
    {"circ", 0x2C6, 0x0, 0}, {"circeq", 0x2257, 0x0, 0}, {"circlearrowleft", 0x21BA, 0x0, 0},
    {"circlearrowright", 0x21BB, 0x0, 0}, {"circledR", 0xAE, 0x0, 0}, {"circledS", 0x24C8, 0x0, 0},
    {"circledast", 0x229B, 0x0, 0}, {"circledcirc", 0x229A, 0x0, 0}, {"circleddash", 0x229D, 0x0, 0},
    {"cire", 0x2257, 0x0, 0}, {"cirfnint", 0x2A10, 0x0, 0}, {"cirmid", 0x2AEF, 0x0, 0},
    {"cirscir", 0x29C2, 0x0, 0}, {"clubs", 0x2663, 0x0, 0}, {"clubsuit", 0x2663, 0x0, 0},
    {"colon", 0x3A, 0x0, 0}, {"colone", 0x2254, 0x0, 0}, {"coloneq", 0x2254, 0x0, 0},
    {"comma", 0x2C, 0x0, 0}, {"commat", 0x40, 0x0, 0}, {"comp", 0x2201, 0x0, 0},
    {"compfn", 0x2218, 0x0, 0}, {"complement", 0x2201, 0x0, 0}, {"complexes", 0x2102, 0x0, 0},
    {"cong", 0x2245, 0x0, 0}, {"congdot", 0x2A6D, 0x0, 0}, {"conint", 0x222E, 0x0, 0},
    {"copf", 0x1D554, 0x0, 0}, {"coprod", 0x2210, 0x0, 0}, {"copy", 0xA9, 0x0, 1},
    {"copysr", 0x2117, 0x0, 0}, {"crarr", 0x21B5, 0x0, 0}, {"cross", 0x2717, 0x0, 0},
    {"cscr", 0x1D4B8, 0x0, 0}, {"csub", 0x2ACF, 0x0, 0}, {"csube", 0x2AD1, 0x0, 0},
    {"csup", 0x2AD0, 0x0, 0}, {"csupe", 0x2AD2, 0x0, 0}, {"ctdot", 0x22EF, 0x0, 0},
    {"cudarrl", 0x2938, 0x0, 0}, {"cudarrr", 0x2935, 0x0, 0}, {"cuepr", 0x22DE, 0x0, 0},
    {"cuesc", 0x22DF, 0x0, 0}, {"cularr", 0x21B6, 0x0, 0}, {"cularrp", 0x293D, 0x0, 0},
    {"cup", 0x222A, 0x0, 0}, {"cupbrcap", 0x2A48, 0x0, 0}, {"cupcap", 0x2A46, 0x0, 0},
    {"cupcup", 0x2A4A, 0x0, 0}, {"cupdot", 0x228D, 0x0, 0}, {"cupor", 0x2A45, 0x0, 0},
    {"cups", 0x222A, 0xFE00, 0}, {"curarr", 0x21B7, 0x0, 0}, {"curarrm", 0x293C, 0x0, 0},
    {"curlyeqprec", 0x22DE, 0x0, 0}, {"curlyeqsucc", 0x22DF, 0x0, 0}, {"curlyvee", 0x22CE, 0x0, 0},
    {"curlywedge", 0x22CF, 0x0, 0}, {"curren", 0xA4, 0x0, 1}, {"curvearrowleft", 0x21B6, 0x0, 0},
    {"curvearrowright", 0x21B7, 0x0, 0}, {"cuvee", 0x22CE, 0x0, 0}, {"cuwed", 0x22CF, 0x0, 0},
    {"cwconint", 0x2232, 0x0, 0}, {"cwint", 0x2231, 0x0, 0}, {"cylcty", 0x232D, 0x0, 0},
    {"dArr", 0x21D3, 0x0, 0}, {"dHar", 0x2965, 0x0, 0}, {"dagger", 0x2020, 0x0, 0},
    {"daleth", 0x2138, 0x0, 0}, {"darr", 0x2193, 0x0, 0}, {"dash", 0x2010, 0x0, 0},
    {"dashv", 0x22A3, 0x0, 0}, {"dbkarow", 0x290F, 0x0, 0}, {"dblac", 0x2DD, 0x0, 0},
    {"dcaron", 0x10F, 0x0, 0}, {"dcy", 0x434, 0x0, 0}, {"dd", 0x2146, 0x0, 0},
    {"ddagger", 0x2021, 0x0, 0}, {"ddarr", 0x21CA, 0x0, 0}, {"ddotseq", 0x2A77, 0x0, 0},
    {"deg", 0xB0, 0x0, 1}, {"delta", 0x3B4, 0x0, 0}, {"demptyv", 0x29B1, 0x0, 0},
    {"dfisht", 0x297F, 0x0, 0}, {"dfr", 0x1D521, 0x0, 0}, {"dharl", 0x21C3, 0x0, 0},
    {"dharr", 0x21C2, 0x0, 0}, {"diam", 0x22C4, 0x0, 0}, {"diamond", 0x22C4, 0x0, 0},
    {"diamondsuit", 0x2666, 0x0, 0}, {"diams", 0x2666, 0x0, 0}, {"die", 0xA8, 0x0, 0},
    {"digamma", 0x3DD, 0x0, 0}, {"disin", 0x22F2, 0x0, 0}, {"div", 0xF7, 0x0, 0},
    {"divide", 0xF7, 0x0, 1}, {"divideontimes", 0x22C7, 0x0, 0}, {"divonx", 0x22C7, 0x0, 0},
    {"djcy", 0x452, 0x0, 0}, {"dlcorn", 0x231E, 0x0, 0}, {"dlcrop", 0x230D, 0x0, 0},
    {"dollar", 0x24, 0x0, 0}, {"dopf", 0x1D555, 0x0, 0}, {"dot", 0x2D9, 0x0, 0},
    {"doteq", 0x2250, 0x0, 0}, {"doteqdot", 0x2251, 0x0, 0}, {"dotminus", 0x2238, 0x0, 0},
    {"dotplus", 0x2214, 0x0, 0}, {"dotsquare", 0x22A1, 0x0, 0}, {"doublebarwedge", 0x2306, 0x0, 0},
    {"downarrow", 0x2193, 0x0, 0}, {"downdownarrows", 0x21CA, 0x0, 0}, {"downharpoonleft", 0x21C3, 0x0, 0},
    {"downharpoonright", 0x21C2, 0x0, 0}, {"drbkarow", 0x2910, 0x0, 0}, {"drcorn", 0x231F, 0x0, 0},
    {"drcrop", 0x230C, 0x0, 0}, {"dscr", 0x1D4B9, 0x0, 0}, {"dscy", 0x455, 0x0, 0},
    {"dsol", 0x29F6, 0x0, 0}, {"dstrok", 0x111, 0x0, 0}, {"dtdot", 0x22F1, 0x0, 0},
    {"dtri", 0x25BF, 0x0, 0}, {"dtrif", 0x25BE, 0x0, 0}, {"duarr", 0x21F5, 0x0, 0},
    {"duhar", 0x296F, 0x0, 0}, {"dwangle", 0x29A6, 0x0, 0}, {"dzcy", 0x45F, 0x0, 0},
    {"dzigrarr", 0x27FF, 0x0, 0}, {"eDDot", 0x2A77, 0x0, 0}, {"eDot", 0x2251, 0x0, 0},
    {"eacute", 0xE9, 0x0, 1}, {"easter", 0x2A6E, 0x0, 0}, {"ecaron", 0x11B, 0x0, 0},
    {"ecir", 0x2256, 0x0, 0}, {"ecirc", 0xEA, 0x0, 1}, {"ecolon", 0x2255, 0x0, 0},
    {"ecy", 0x44D, 0x0, 0}, {"edot", 0x117, 0x0, 0}, {"ee", 0x2147, 0x0, 0},
    {"efDot", 0x2252, 0x0, 0}, {"efr", 0x1D522, 0x0, 0}, {"eg", 0x2A9A, 0x0, 0},
    {"egrave", 0xE8, 0x0, 1}, {"egs", 0x2A96, 0x0, 0}, {"egsdot", 0x2A98, 0x0, 0},
    {"el", 0x2A99, 0x0, 0}, {"elinters", 0x23E7, 0x0, 0}, {"ell", 0x2113, 0x0, 0},
    {"els", 0x2A95, 0x0, 0}, {"elsdot", 0x2A97, 0x0, 0}, {"emacr", 0x113, 0x0, 0},
    {"empty", 0x2205, 0x0, 0}, {"emptyset", 0x2205, 0x0, 0}, {"emptyv", 0x2205, 0x0, 0},
    {"emsp", 0x2003, 0x0, 0}, {"emsp13", 0x2004, 0x0, 0}, {"emsp14", 0x2005, 0x0, 0},
    {"eng", 0x14B, 0x0, 0}, {"ensp", 0x2002, 0x0, 0}, {"eogon", 0x119, 0x0, 0},
    {"eopf", 0x1D556, 0x0, 0}, {"epar", 0x22D5, 0x0, 0}, {"eparsl", 0x29E3, 0x0, 0},
    {"eplus", 0x2A71, 0x0, 0}, {"epsi", 0x3B5, 0x0, 0}, {"epsilon", 0x3B5, 0x0, 0},
    {"epsiv", 0x3F5, 0x0, 0}, {"eqcirc", 0x2256, 0x0, 0}, {"eqcolon", 0x2255, 0x0, 0},
    {"eqsim", 0x2242, 0x0, 0}, {"eqslantgtr", 0x2A96, 0x0, 0}, {"eqslantless", 0x2A95, 0x0, 0},
    {"equals", 0x3D, 0x0, 0}, {"equest", 0x225F, 0x0, 0}, {"equiv", 0x2261, 0x0, 0},
    {"equivDD", 0x2A78, 0x0, 0}, {"eqvparsl", 0x29E5, 0x0, 0}, {"erDot", 0x2253, 0x0, 0},
    {"erarr", 0x2971, 0x0, 0}, {"escr", 0x212F, 0x0, 0}, {"esdot", 0x2250, 0x0, 0},
    {"esim", 0x2242, 0x0, 0}, {"eta", 0x3B7, 0x0, 0}, {"eth", 0xF0, 0x0, 1},
    {"euml", 0xEB, 0x0, 1}, {"euro", 0x20AC, 0x0, 0}, {"excl", 0x21, 0x0, 0},
    {"exist", 0x2203, 0x0, 0}, {"expectation", 0x2130, 0x0, 0}, {"exponentiale", 0x2147, 0x0, 0},
    {"fallingdotseq", 0x2252, 0x0, 0}, {"fcy", 0x444, 0x0, 0}, {"female", 0x2640, 0x0, 0},
    {"ffilig", 0xFB03, 0x0, 0}, {"fflig", 0xFB00, 0x0, 0}, {"ffllig", 0xFB04, 0x0, 0},
    {"ffr", 0x1D523, 0x0, 0}, {"filig", 0xFB01, 0x0, 0}, {"fjlig", 0x66, 0x6A, 0},
    {"flat", 0x266D, 0x0, 0}, {"fllig", 0xFB02, 0x0, 0}, {"fltns", 0x25B1, 0x0, 0},
    {"fnof", 0x192, 0x0, 0}, {"fopf", 0x1D557, 0x0, 0}, {"forall", 0x2200, 0x0, 0},
    {"fork", 0x22D4, 0x0, 0}, {"forkv", 0x2AD9, 0x0, 0}, {"fpartint", 0x2A0D, 0x0, 0},
    {"frac12", 0xBD, 0x0, 1}, {"frac13", 0x2153, 0x0, 0}, {"frac14", 0xBC, 0x0, 1},
    {"frac15", 0x2155, 0x0, 0}, {"frac16", 0x2159, 0x0, 0}, {"frac18", 0x215B, 0x0, 0},
    {"frac23", 0x2154, 0x0, 0}, {"frac25", 0x2156, 0x0, 0}, {"frac34", 0xBE, 0x0, 1},
    {"frac35", 0x2157, 0x0, 0}, {"frac38", 0x215C, 0x0, 0}, {"frac45", 0x2158, 0x0, 0},
    {"frac56", 0x215A, 0x0, 0}, {"frac58", 0x215D, 0x0, 0}, {"frac78", 0x215E, 0x0, 0},
    {"frasl", 0x2044, 0x0, 0}, {"frown", 0x2322, 0x0, 0}, {"fscr", 0x1D4BB, 0x0, 0},
    {"gE", 0x2267, 0x0, 0}, {"gEl", 0x2A8C, 0x0, 0}, {"gacute", 0x1F5, 0x0, 0},
    {"gamma", 0x3B3, 0x0, 0}, {"gammad", 0x3DD, 0x0, 0}, {"gap", 0x2A86, 0x0, 0},
    {"gbreve", 0x11F, 0x0, 0}, {"gcirc", 0x11D, 0x0, 0}, {"gcy", 0x433, 0x0, 0},
    {"gdot", 0x121, 0x0, 0}, {"ge", 0x2265, 0x0, 0}, {"gel", 0x22DB, 0x0, 0},
    {"geq", 0x2265, 0x0, 0}, {"geqq", 0x2267, 0x0, 0}, {"geqslant", 0x2A7E, 0x0, 0},
    {"ges", 0x2A7E, 0x0, 0}, {"gescc", 0x2AA9, 0x0, 0}, {"gesdot", 0x2A80, 0x0, 0},
    {"gesdoto", 0x2A82, 0x0, 0}, {"gesdotol", 0x2A84, 0x0, 0}, {"gesl", 0x22DB, 0xFE00, 0},
    {"gesles", 0x2A94, 0x0, 0}, {"gfr", 0x1D524, 0x0, 0}, {"gg", 0x226B, 0x0, 0},
    {"ggg", 0x22D9, 0x0, 0}, {"gimel", 0x2137, 0x0, 0}, {"gjcy", 0x453, 0x0, 0},
    {"gl", 0x2277, 0x0, 0}, {"glE", 0x2A92, 0x0, 0}, {"gla", 0x2AA5, 0x0, 0},
    {"glj", 0x2AA4, 0x0, 0}, {"gnE", 0x2269, 0x0, 0}, {"gnap", 0x2A8A, 0x0, 0},
    {"gnapprox", 0x2A8A, 0x0, 0}, {"gne", 0x2A88, 0x0, 0}, {"gneq", 0x2A88, 0x0, 0},
    {"gneqq", 0x2269, 0x0, 0}, {"gnsim", 0x22E7, 0x0, 0}, {"gopf", 0x1D558, 0x0, 0},
    {"grave", 0x60, 0x0, 0}, {"gscr", 0x210A, 0x0, 0}, {"gsim", 0x2273, 0x0, 0},
    {"gsime", 0x2A8E, 0x0, 0}, {"gsiml", 0x2A90, 0x0, 0}, {"gt", 0x3E, 0x0, 1},
    {"gtcc", 0x2AA7, 0x0, 0}, {"gtcir", 0x2A7A, 0x0, 0}, {"gtdot", 0x22D7, 0x0, 0},
    {"gtlPar", 0x2995, 0x0, 0}, {"gtquest", 0x2A7C, 0x0, 0}, {"gtrapprox", 0x2A86, 0x0, 0},
    {"gtrarr", 0x2978, 0x0, 0}, {"gtrdot", 0x22D7, 0x0, 0}, {"gtreqless", 0x22DB, 0x0, 0},
    {"gtreqqless", 0x2A8C, 0x0, 0}, {"gtrless", 0x2277, 0x0, 0}, {"gtrsim", 0x2273, 0x0, 0},
    {"gvertneqq", 0x2269, 0xFE00, 0}, {"gvnE", 0x2269, 0xFE00, 0}, {"hArr", 0x21D4, 0x0, 0},
    {"hairsp", 0x200A, 0x0, 0}, {"half", 0xBD, 0x0, 0}, {"hamilt", 0x210B, 0x0, 0},
    {"hardcy", 0x44A, 0x0, 0}, {"harr", 0x2194, 0x0, 0}, {"harrcir", 0x2948, 0x0, 0},
    {"harrw", 0x21AD, 0x0, 0}, {"hbar", 0x210F, 0x0, 0}, {"hcirc", 0x125, 0x0, 0},
    {"hearts", 0x2665, 0x0, 0}, {"heartsuit", 0x2665, 0x0, 0}, {"hellip", 0x2026, 0x0, 0},
    {"hercon", 0x22B9, 0x0, 0}, {"hfr", 0x1D525, 0x0, 0}, {"hksearow", 0x2925, 0x0, 0},
    {"hkswarow", 0x2926, 0x0, 0}, {"hoarr", 0x21FF, 0x0, 0}, {"homtht", 0x223B, 0x0, 0},
    {"hookleftarrow", 0x21A9, 0x0, 0}, {"hookrightarrow", 0x21AA, 0x0, 0}, {"hopf", 0x1D559, 0x0, 0},
    {"horbar", 0x2015, 0x0, 0}, {"hscr", 0x1D4BD, 0x0, 0}, {"hslash", 0x210F, 0x0, 0},
    {"hstrok", 0x127, 0x0, 0}, {"hybull", 0x2043, 0x0, 0}, {"hyphen", 0x2010, 0x0, 0},
    {"iacute", 0xED, 0x0, 1}, {"ic", 0x2063, 0x0, 0}, {"icirc", 0xEE, 0x0, 1},
    {"icy", 0x438, 0x0, 0}, {"iecy", 0x435, 0x0, 0}, {"iexcl", 0xA1, 0x0, 1},
    {"iff", 0x21D4, 0x0, 0}, {"ifr", 0x1D526, 0x0, 0}, {"igrave", 0xEC, 0x0, 1},
    {"ii", 0x2148, 0x0, 0}, {"iiiint", 0x2A0C, 0x0, 0}, {"iiint", 0x222D, 0x0, 0},
    {"iinfin", 0x29DC, 0x0, 0}, {"iiota", 0x2129, 0x0, 0}, {"ijlig", 0x133, 0x0, 0},
    {"imacr", 0x12B, 0x0, 0}, {"image", 0x2111, 0x0, 0}, {"imagline", 0x2110, 0x0, 0},
    {"imagpart", 0x2111, 0x0, 0}, {"imath", 0x131, 0x0, 0}, {"imof", 0x22B7, 0x0, 0},
    {"imped", 0x1B5, 0x0, 0}, {"in", 0x2208, 0x0, 0}, {"incare", 0x2105, 0x0, 0},
    {"infin", 0x221E, 0x0, 0}, {"infintie", 0x29DD, 0x0, 0}, {"inodot", 0x131, 0x0, 0},
    {"int", 0x222B, 0x0, 0}, {"intcal", 0x22BA, 0x0, 0}, {"integers", 0x2124, 0x0, 0},
    {"intercal", 0x22BA, 0x0, 0}, {"intlarhk", 0x2A17, 0x0, 0}, {"intprod", 0x2A3C, 0x0, 0},
    {"iocy", 0x451, 0x0, 0}, {"iogon", 0x12F, 0x0, 0}, {"iopf", 0x1D55A, 0x0, 0},
    {"iota", 0x3B9, 0x0, 0}, {"iprod", 0x2A3C, 0x0, 0}, {"iquest", 0xBF, 0x0, 1},
    {"iscr", 0x1D4BE, 0x0, 0}, {"isin", 0x2208, 0x0, 0}, {"isinE", 0x22F9, 0x0, 0},
    {"isindot", 0x22F5, 0x0, 0}, {"isins", 0x22F4, 0x0, 0}, {"isinsv", 0x22F3, 0x0, 0},
    {"isinv", 0x2208, 0x0, 0}, {"it", 0x2062, 0x0, 0}, {"itilde", 0x129, 0x0, 0},
    {"iukcy", 0x456, 0x0, 0}, {"iuml", 0xEF, 0x0, 1}, {"jcirc", 0x135, 0x0, 0},
    {"jcy", 0x439, 0x0, 0}, {"jfr", 0x1D527, 0x0, 0}, {"jmath", 0x237, 0x0, 0},
    {"jopf", 0x1D55B, 0x0, 0}, {"jscr", 0x1D4BF, 0x0, 0}, {"jsercy", 0x458, 0x0, 0},
    {"jukcy", 0x454, 0x0, 0}, {"kappa", 0x3BA, 0x0, 0}, {"kappav", 0x3F0, 0x0, 0},
    {"kcedil", 0x137, 0x0, 0}, {"kcy", 0x43A, 0x0, 0}, {"kfr", 0x1D528, 0x0, 0},
    {"kgreen", 0x138, 0x0, 0}, {"khcy", 0x445, 0x0, 0}, {"kjcy", 0x45C, 0x0, 0},
    {"kopf", 0x1D55C, 0x0, 0}, {"kscr", 0x1D4C0, 0x0, 0}, {"lAarr", 0x21DA, 0x0, 0},
    {"lArr", 0x21D0, 0x0, 0}, {"lAtail", 0x291B, 0x0, 0}, {"lBarr", 0x290E, 0x0, 0},
    {"lE", 0x2266, 0x0, 0}, {"lEg", 0x2A8B, 0x0, 0}, {"lHar", 0x2962, 0x0, 0},
    {"lacute", 0x13A, 0x0, 0}, {"laemptyv", 0x29B4, 0x0, 0}, {"lagran", 0x2112, 0x0, 0},
    {"lambda", 0x3BB, 0x0, 0}, {"lang", 0x27E8, 0x0, 0}, {"langd", 0x2991, 0x0, 0},
    {"langle", 0x27E8, 0x0, 0}, {"lap", 0x2A85, 0x0, 0}, {"laquo", 0xAB, 0x0, 1},
    {"larr", 0x2190, 0x0, 0}, {"larrb", 0x21E4, 0x0, 0}, {"larrbfs", 0x291F, 0x0, 0},
    {"larrfs", 0x291D, 0x0, 0}, {"larrhk", 0x21A9, 0x0, 0}, {"larrlp", 0x21AB, 0x0, 0},
    {"larrpl", 0x2939, 0x0, 0}, {"larrsim", 0x2973, 0x0, 0}, {"larrtl", 0x21A2, 0x0, 0},
    {"lat", 0x2AAB, 0x0, 0}, {"latail", 0x2919, 0x0, 0}, {"late", 0x2AAD, 0x0, 0},
    {"lates", 0x2AAD, 0xFE00, 0}, {"lbarr", 0x290C, 0x0, 0}, {"lbbrk", 0x2772, 0x0, 0},
    {"lbrace", 0x7B, 0x0, 0}, {"lbrack", 0x5B, 0x0, 0}, {"lbrke", 0x298B, 0x0, 0},
    {"lbrksld", 0x298F, 0x0, 0}, {"lbrkslu", 0x298D, 0x0, 0}, {"lcaron", 0x13E, 0x0, 0},
    {"lcedil", 0x13C, 0x0, 0}, {"lceil", 0x2308, 0x0, 0}, {"lcub", 0x7B, 0x0, 0},
    {"lcy", 0x43B, 0x0, 0}, {"ldca", 0x2936, 0x0, 0}, {"ldquo", 0x201C, 0x0, 0},
    {"ldquor", 0x201E, 0x0, 0}, {"ldrdhar", 0x2967, 0x0, 0}, {"ldrushar", 0x294B, 0x0, 0},
    {"ldsh", 0x21B2, 0x0, 0}, {"le", 0x2264, 0x0, 0}, {"leftarrow", 0x2190, 0x0, 0},
    {"leftarrowtail", 0x21A2, 0x0, 0}, {"leftharpoondown", 0x21BD, 0x0, 0}, {"leftharpoonup", 0x21BC, 0x0, 0},
    {"leftleftarrows", 0x21C7, 0x0, 0}, {"leftrightarrow", 0x2194, 0x0, 0}, {"leftrightarrows", 0x21C6, 0x0, 0},
    {"leftrightharpoons", 0x21CB, 0x0, 0}, {"leftrightsquigarrow", 0x21AD, 0x0, 0}, {"leftthreetimes", 0x22CB, 0x0, 0},
    {"leg", 0x22DA, 0x0, 0}, {"leq", 0x2264, 0x0, 0}, {"leqq", 0x2266, 0x0, 0},
    {"leqslant", 0x2A7D, 0x0, 0}, {"les", 0x2A7D, 0x0, 0}, {"lescc", 0x2AA8, 0x0, 0},
    {"lesdot", 0x2A7F, 0x0, 0}, {"lesdoto", 0x2A81, 0x0, 0}, {"lesdotor", 0x2A83, 0x0, 0},
    {"lesg", 0x22DA, 0xFE00, 0}, {"lesges", 0x2A93, 0x0, 0}, {"lessapprox", 0x2A85, 0x0, 0},
    {"lessdot", 0x22D6, 0x0, 0}, {"lesseqgtr", 0x22DA, 0x0, 0}, {"lesseqqgtr", 0x2A8B, 0x0, 0},
    {"lessgtr", 0x2276, 0x0, 0}, {"lesssim", 0x2272, 0x0, 0}, {"lfisht", 0x297C, 0x0, 0},
    {"lfloor", 0x230A, 0x0, 0}, {"lfr", 0x1D529, 0x0, 0}, {"lg", 0x2276, 0x0, 0},
    {"lgE", 0x2A91, 0x0, 0}, {"lhard", 0x21BD, 0x0, 0}, {"lharu", 0x21BC, 0x0, 0},
    {"lharul", 0x296A, 0x0, 0}, {"lhblk", 0x2584, 0x0, 0}, {"ljcy", 0x459, 0x0, 0},
    {"ll", 0x226A, 0x0, 0}, {"llarr", 0x21C7, 0x0, 0}, {"llcorner", 0x231E, 0x0, 0},
    {"llhard", 0x296B, 0x0, 0}, {"lltri", 0x25FA, 0x0, 0}, {"lmidot", 0x140, 0x0, 0},
    {"lmoust", 0x23B0, 0x0, 0}, {"lmoustache", 0x23B0, 0x0, 0}, {"lnE", 0x2268, 0x0, 0},
    {"lnap", 0x2A89, 0x0, 0}, {"lnapprox", 0x2A89, 0x0, 0}, {"lne", 0x2A87, 0x0, 0},
    {"lneq", 0x2A87, 0x0, 0}, {"lneqq", 0x2268, 0x0, 0}, {"lnsim", 0x22E6, 0x0, 0},
    {"loang", 0x27EC, 0x0, 0}, {"loarr", 0x21FD, 0x0, 0}, {"lobrk", 0x27E6, 0x0, 0},
    {"longleftarrow", 0x27F5, 0x0, 0}, {"longleftrightarrow", 0x27F7, 0x0, 0}, {"longmapsto", 0x27FC, 0x0, 0},
    {"longrightarrow", 0x27F6, 0x0, 0}, {"looparrowleft", 0x21AB, 0x0, 0}, {"looparrowright", 0x21AC, 0x0, 0},
    {"lopar", 0x2985, 0x0, 0}, {"lopf", 0x1D55D, 0x0, 0}, {"loplus", 0x2A2D, 0x0, 0},
    {"lotimes", 0x2A34, 0x0, 0}, {"lowast", 0x2217, 0x0, 0}, {"lowbar", 0x5F, 0x0, 0},
    {"loz", 0x25CA, 0x0, 0}, {"lozenge", 0x25CA, 0x0, 0}, {"lozf", 0x29EB, 0x0, 0},
    {"lpar", 0x28, 0x0, 0}, {"lparlt", 0x2993, 0x0, 0}, {"lrarr", 0x21C6, 0x0, 0},
    {"lrcorner", 0x231F, 0x0, 0}, {"lrhar", 0x21CB, 0x0, 0}, {"lrhard", 0x296D, 0x0, 0},
    {"lrm", 0x200E, 0x0, 0}, {"lrtri", 0x22BF, 0x0, 0}, {"lsaquo", 0x2039, 0x0, 0},
    {"lscr", 0x1D4C1, 0x0, 0}, {"lsh", 0x21B0, 0x0, 0}, {"lsim", 0x2272, 0x0, 0},
    {"lsime", 0x2A8D, 0x0, 0}, {"lsimg", 0x2A8F, 0x0, 0}, {"lsqb", 0x5B, 0x0, 0},
    {"lsquo", 0x2018, 0x0, 0}, {"lsquor", 0x201A, 0x0, 0}, {"lstrok", 0x142, 0x0, 0},
    {"lt", 0x3C, 0x0, 1}, {"ltcc", 0x2AA6, 0x0, 0}, {"ltcir", 0x2A79, 0x0, 0},
    {"ltdot", 0x22D6, 0x0, 0}, {"lthree", 0x22CB, 0x0, 0}, {"ltimes", 0x22C9, 0x0, 0},
    {"ltlarr", 0x2976, 0x0, 0}, {"ltquest", 0x2A7B, 0x0, 0}, {"ltrPar", 0x2996, 0x0, 0},
    {"ltri", 0x25C3, 0x0, 0}, {"ltrie", 0x22B4, 0x0, 0}, {"ltrif", 0x25C2, 0x0, 0},
    {"lurdshar", 0x294A, 0x0, 0}, {"luruhar", 0x2966, 0x0, 0}, {"lvertneqq", 0x2268, 0xFE00, 0},
    {"lvnE", 0x2268, 0xFE00, 0}, {"mDDot", 0x223A, 0x0, 0}, {"macr", 0xAF, 0x0, 1},
    {"male", 0x2642, 0x0, 0}, {"malt", 0x2720, 0x0, 0}, {"maltese", 0x2720, 0x0, 0},
    {"map", 0x21A6, 0x0, 0}, {"mapsto", 0x21A6, 0x0, 0}, {"mapstodown", 0x21A7, 0x0, 0},
    {"mapstoleft", 0x21A4, 0x0, 0}, {"mapstoup", 0x21A5, 0x0, 0}, {"marker", 0x25AE, 0x0, 0},
    {"mcomma", 0x2A29, 0x0, 0}, {"mcy", 0x43C, 0x0, 0}, {"mdash", 0x2014, 0x0, 0},
    {"measuredangle", 0x2221, 0x0, 0}, {"mfr", 0x1D52A, 0x0, 0}, {"mho", 0x2127, 0x0, 0},
    {"micro", 0xB5, 0x0, 1}, {"mid", 0x2223, 0x0, 0}, {"midast", 0x2A, 0x0, 0},
    {"midcir", 0x2AF0, 0x0, 0}, {"middot", 0xB7, 0x0, 1}, {"minus", 0x2212, 0x0, 0},
    {"minusb", 0x229F, 0x0, 0}, {"minusd", 0x2238, 0x0, 0}, {"minusdu", 0x2A2A, 0x0, 0},
    {"mlcp", 0x2ADB, 0x0, 0}, {"mldr", 0x2026, 0x0, 0}, {"mnplus", 0x2213, 0x0, 0},
    {"models", 0x22A7, 0x0, 0}, {"mopf", 0x1D55E, 0x0, 0}, {"mp", 0x2213, 0x0, 0},
    {"mscr", 0x1D4C2, 0x0, 0}, {"mstpos", 0x223E, 0x0, 0}, {"mu", 0x3BC, 0x0, 0},
    {"multimap", 0x22B8, 0x0, 0}, {"mumap", 0x22B8, 0x0, 0}, {"nGg", 0x22D9, 0x338, 0},
    {"nGt", 0x226B, 0x20D2, 0}, {"nGtv", 0x226B, 0x338, 0}, {"nLeftarrow", 0x21CD, 0x0, 0},
    {"nLeftrightarrow", 0x21CE, 0x0, 0}, {"nLl", 0x22D8, 0x338, 0}, {"nLt", 0x226A, 0x20D2, 0},
    {"nLtv", 0x226A, 0x338, 0}, {"nRightarrow", 0x21CF, 0x0, 0}, {"nVDash", 0x22AF, 0x0, 0},
    {"nVdash", 0x22AE, 0x0, 0}, {"nabla", 0x2207, 0x0, 0}, {"nacute", 0x144, 0x0, 0},
    {"nang", 0x2220, 0x20D2, 0}, {"nap", 0x2249, 0x0, 0}, {"napE", 0x2A70, 0x338, 0},
    {"napid", 0x224B, 0x338, 0}, {"napos", 0x149, 0x0, 0}, {"napprox", 0x2249, 0x0, 0},
    {"natur", 0x266E, 0x0, 0}, {"natural", 0x266E, 0x0, 0}, {"naturals", 0x2115, 0x0, 0},
    {"nbsp", 0xA0, 0x0, 1}, {"nbump", 0x224E, 0x338, 0}, {"nbumpe", 0x224F, 0x338, 0},
    {"ncap", 0x2A43, 0x0, 0}, {"ncaron", 0x148, 0x0, 0}, {"ncedil", 0x146, 0x0, 0},
    {"ncong", 0x2247, 0x0, 0}, {"ncongdot", 0x2A6D, 0x338, 0}, {"ncup", 0x2A42, 0x0, 0},
    {"ncy", 0x43D, 0x0, 0}, {"ndash", 0x2013, 0x0, 0}, {"ne", 0x2260, 0x0, 0},
    {"neArr", 0x21D7, 0x0, 0}, {"nearhk", 0x2924, 0x0, 0}, {"nearr", 0x2197, 0x0, 0},
    {"nearrow", 0x2197, 0x0, 0}, {"nedot", 0x2250, 0x338, 0}, {"nequiv", 0x2262, 0x0, 0},
    {"nesear", 0x2928, 0x0, 0}, {"nesim", 0x2242, 0x338, 0}, {"nexist", 0x2204, 0x0, 0},
    {"nexists", 0x2204, 0x0, 0}, {"nfr", 0x1D52B, 0x0, 0}, {"ngE", 0x2267, 0x338, 0},
    {"nge", 0x2271, 0x0, 0}, {"ngeq", 0x2271, 0x0, 0}, {"ngeqq", 0x2267, 0x338, 0},
    {"ngeqslant", 0x2A7E, 0x338, 0}, {"nges", 0x2A7E, 0x338, 0}, {"ngsim", 0x2275, 0x0, 0},
    {"ngt", 0x226F, 0x0, 0}, {"ngtr", 0x226F, 0x0, 0}, {"nhArr", 0x21CE, 0x0, 0},
    {"nharr", 0x21AE, 0x0, 0}, {"nhpar", 0x2AF2, 0x0, 0}, {"ni", 0x220B, 0x0, 0},
    {"nis", 0x22FC, 0x0, 0}, {"nisd", 0x22FA, 0x0, 0}, {"niv", 0x220B, 0x0, 0},
    {"njcy", 0x45A, 0x0, 0}, {"nlArr", 0x21CD, 0x0, 0}, {"nlE", 0x2266, 0x338, 0},
    {"nlarr", 0x219A, 0x0, 0}, {"nldr", 0x2025, 0x0, 0}, {"nle", 0x2270, 0x0, 0},
    {"nleftarrow", 0x219A, 0x0, 0}, {"nleftrightarrow", 0x21AE, 0x0, 0}, {"nleq", 0x2270, 0x0, 0},
    {"nleqq", 0x2266, 0x338, 0}, {"nleqslant", 0x2A7D, 0x338, 0}, {"nles", 0x2A7D, 0x338, 0},
    {"nless", 0x226E, 0x0, 0}, {"nlsim", 0x2274, 0x0, 0}, {"nlt", 0x226E, 0x0, 0},
    {"nltri", 0x22EA, 0x0, 0}, {"nltrie", 0x22EC, 0x0, 0}, {"nmid", 0x2224, 0x0, 0},
    {"nopf", 0x1D55F, 0x0, 0}, {"not", 0xAC, 0x0, 1}, {"notin", 0x2209, 0x0, 0},
    {"notinE", 0x22F9, 0x338, 0}, {"notindot", 0x22F5, 0x338, 0}, {"notinva", 0x2209, 0x0, 0},
    {"notinvb", 0x22F7, 0x0, 0}, {"notinvc", 0x22F6, 0x0, 0}, {"notni", 0x220C, 0x0, 0},
    {"notniva", 0x220C, 0x0, 0}, {"notnivb", 0x22FE, 0x0, 0}, {"notnivc", 0x22FD, 0x0, 0},
    {"npar", 0x2226, 0x0, 0}, {"nparallel", 0x2226, 0x0, 0}, {"nparsl", 0x2AFD, 0x20E5, 0},
    {"npart", 0x2202, 0x338, 0}, {"npolint", 0x2A14, 0x0, 0}, {"npr", 0x2280, 0x0, 0},
    {"nprcue", 0x22E0, 0x0, 0}, {"npre", 0x2AAF, 0x338, 0}, {"nprec", 0x2280, 0x0, 0},
    {"npreceq", 0x2AAF, 0x338, 0}, {"nrArr", 0x21CF, 0x0, 0}, {"nrarr", 0x219B, 0x0, 0},
    {"nrarrc", 0x2933, 0x338, 0}, {"nrarrw", 0x219D, 0x338, 0}, {"nrightarrow", 0x219B, 0x0, 0},
    {"nrtri", 0x22EB, 0x0, 0}, {"nrtrie", 0x22ED, 0x0, 0}, {"nsc", 0x2281, 0x0, 0},
    {"nsccue", 0x22E1, 0x0, 0}, {"nsce", 0x2AB0, 0x338, 0}, {"nscr", 0x1D4C3, 0x0, 0},
    {"nshortmid", 0x2224, 0x0, 0}, {"nshortparallel", 0x2226, 0x0, 0}, {"nsim", 0x2241, 0x0, 0},
    {"nsime", 0x2244, 0x0, 0}, {"nsimeq", 0x2244, 0x0, 0}, {"nsmid", 0x2224, 0x0, 0},
    {"nspar", 0x2226, 0x0, 0}, {"nsqsube", 0x22E2, 0x0, 0}, {"nsqsupe", 0x22E3, 0x0, 0},
    {"nsub", 0x2284, 0x0, 0}, {"nsubE", 0x2AC5, 0x338, 0}, {"nsube", 0x2288, 0x0, 0},
    {"nsubset", 0x2282, 0x20D2, 0}, {"nsubseteq", 0x2288, 0x0, 0}, {"nsubseteqq", 0x2AC5, 0x338, 0},
    {"nsucc", 0x2281, 0x0, 0}, {"nsucceq", 0x2AB0, 0x338, 0}, {"nsup", 0x2285, 0x0, 0},
    {"nsupE", 0x2AC6, 0x338, 0}, {"nsupe", 0x2289, 0x0, 0}, {"nsupset", 0x2283, 0x20D2, 0},
    {"nsupseteq", 0x2289, 0x0, 0}, {"nsupseteqq", 0x2AC6, 0x338, 0}, {"ntgl", 0x2279, 0x0, 0},
    {"ntilde", 0xF1, 0x0, 1}, {"ntlg", 0x2278, 0x0, 0}, {"ntriangleleft", 0x22EA, 0x0, 0},
    {"ntrianglelefteq", 0x22EC, 0x0, 0}, {"ntriangleright", 0x22EB, 0x0, 0}, {"ntrianglerighteq", 0x22ED, 0x0, 0},
    {"nu", 0x3BD, 0x0, 0}, {"num", 0x23, 0x0, 0}, {"numero", 0x2116, 0x0, 0},
    {"numsp", 0x2007, 0x0, 0}, {"nvDash", 0x22AD, 0x0, 0}, {"nvHarr", 0x2904, 0x0, 0},
    {"nvap", 0x224D, 0x20D2, 0}, {"nvdash", 0x22AC, 0x0, 0}, {"nvge", 0x2265, 0x20D2, 0},
    {"nvgt", 0x3E, 0x20D2, 0}, {"nvinfin", 0x29DE, 0x0, 0}, {"nvlArr", 0x2902, 0x0, 0},
    {"nvle", 0x2264, 0x20D2, 0}, {"nvlt", 0x3C, 0x20D2, 0}, {"nvltrie", 0x22B4, 0x20D2, 0},
    {"nvrArr", 0x2903, 0x0, 0}, {"nvrtrie", 0x22B5, 0x20D2, 0}, {"nvsim", 0x223C, 0x20D2, 0},
    {"nwArr", 0x21D6, 0x0, 0}, {"nwarhk", 0x2923, 0x0, 0}, {"nwarr", 0x2196, 0x0, 0},
    {"nwarrow", 0x2196, 0x0, 0}, {"nwnear", 0x2927, 0x0, 0}, {"oS", 0x24C8, 0x0, 0},
    {"oacute", 0xF3, 0x0, 1}, {"oast", 0x229B, 0x0, 0}, {"ocir", 0x229A, 0x0, 0},
    {"ocirc", 0xF4, 0x0, 1}, {"ocy", 0x43E, 0x0, 0}, {"odash", 0x229D, 0x0, 0},
    {"odblac", 0x151, 0x0, 0}, {"odiv", 0x2A38, 0x0, 0}, {"odot", 0x2299, 0x0, 0},
    {"odsold", 0x29BC, 0x0, 0}, {"oelig", 0x153, 0x0, 0}, {"ofcir", 0x29BF, 0x0, 0},
    {"ofr", 0x1D52C, 0x0, 0}, {"ogon", 0x2DB, 0x0, 0}, {"ograve", 0xF2, 0x0, 1},
    {"ogt", 0x29C1, 0x0, 0}, {"ohbar", 0x29B5, 0x0, 0}, {"ohm", 0x3A9, 0x0, 0},
    {"oint", 0x222E, 0x0, 0}, {"olarr", 0x21BA, 0x0, 0}, {"olcir", 0x29BE, 0x0, 0},
    {"olcross", 0x29BB, 0x0, 0}, {"oline", 0x203E, 0x0, 0}, {"olt", 0x29C0, 0x0, 0},
    {"omacr", 0x14D, 0x0, 0}, {"omega", 0x3C9, 0x0, 0}, {"omicron", 0x3BF, 0x0, 0},
    {"omid", 0x29B6, 0x0, 0}, {"ominus", 0x2296, 0x0, 0}, {"oopf", 0x1D560, 0x0, 0},
    {"opar", 0x29B7, 0x0, 0}, {"operp", 0x29B9, 0x0, 0}, {"oplus", 0x2295, 0x0, 0},
    {"or", 0x2228, 0x0, 0}, {"orarr", 0x21BB, 0x0, 0}, {"ord", 0x2A5D, 0x0, 0},
    {"order", 0x2134, 0x0, 0}, {"orderof", 0x2134, 0x0, 0}, {"ordf", 0xAA, 0x0, 1},
    {"ordm", 0xBA, 0x0, 1}, {"origof", 0x22B6, 0x0, 0}, {"oror", 0x2A56, 0x0, 0},
    {"orslope", 0x2A57, 0x0, 0}, {"orv", 0x2A5B, 0x0, 0}, {"oscr", 0x2134, 0x0, 0},
    {"oslash", 0xF8, 0x0, 1}, {"osol", 0x2298, 0x0, 0}, {"otilde", 0xF5, 0x0, 1},
    {"otimes", 0x2297, 0x0, 0}, {"otimesas", 0x2A36, 0x0, 0}, {"ouml", 0xF6, 0x0, 1},
    {"ovbar", 0x233D, 0x0, 0}, {"par", 0x2225, 0x0, 0}, {"para", 0xB6, 0x0, 1},
    {"parallel", 0x2225, 0x0, 0}, {"parsim", 0x2AF3, 0x0, 0}, {"parsl", 0x2AFD, 0x0, 0},
    {"part", 0x2202, 0x0, 0}, {"pcy", 0x43F, 0x0, 0}, {"percnt", 0x25, 0x0, 0},
    {"period", 0x2E, 0x0, 0}, {"permil", 0x2030, 0x0, 0}, {"perp", 0x22A5, 0x0, 0},
    {"pertenk", 0x2031, 0x0, 0}, {"pfr", 0x1D52D, 0x0, 0}, {"phi", 0x3C6, 0x0, 0},
    {"phiv", 0x3D5, 0x0, 0}, {"phmmat", 0x2133, 0x0, 0}, {"phone", 0x260E, 0x0, 0},
    {"pi", 0x3C0, 0x0, 0}, {"pitchfork", 0x22D4, 0x0, 0}, {"piv", 0x3D6, 0x0, 0},
    {"planck", 0x210F, 0x0, 0}, {"planckh", 0x210E, 0x0, 0}, {"plankv", 0x210F, 0x0, 0},
    {"plus", 0x2B, 0x0, 0}, {"plusacir", 0x2A23, 0x0, 0}, {"plusb", 0x229E, 0x0, 0},
    {"pluscir", 0x2A22, 0x0, 0}, {"plusdo", 0x2214, 0x0, 0}, {"plusdu", 0x2A25, 0x0, 0},
    {"pluse", 0x2A72, 0x0, 0}, {"plusmn", 0xB1, 0x0, 1}, {"plussim", 0x2A26, 0x0, 0},
    {"plustwo", 0x2A27, 0x0, 0}, {"pm", 0xB1, 0x0, 0}, {"pointint", 0x2A15, 0x0, 0},
    {"popf", 0x1D561, 0x0, 0}, {"pound", 0xA3, 0x0, 1}, {"pr", 0x227A, 0x0, 0},
    {"prE", 0x2AB3, 0x0, 0}, {"prap", 0x2AB7, 0x0, 0}, {"prcue", 0x227C, 0x0, 0},
    {"pre", 0x2AAF, 0x0, 0}, {"prec", 0x227A, 0x0, 0}, {"precapprox", 0x2AB7, 0x0, 0},
    {"preccurlyeq", 0x227C, 0x0, 0}, {"preceq", 0x2AAF, 0x0, 0}, {"precnapprox", 0x2AB9, 0x0, 0},
    {"precneqq", 0x2AB5, 0x0, 0}, {"precnsim", 0x22E8, 0x0, 0}, {"precsim", 0x227E, 0x0, 0},
    {"prime", 0x2032, 0x0, 0}, {"primes", 0x2119, 0x0, 0}, {"prnE", 0x2AB5, 0x0, 0},
    {"prnap", 0x2AB9, 0x0, 0}, {"prnsim", 0x22E8, 0x0, 0}, {"prod", 0x220F, 0x0, 0},
    {"profalar", 0x232E, 0x0, 0}, {"profline", 0x2312, 0x0, 0}, {"profsurf", 0x2313, 0x0, 0},
    {"prop", 0x221D, 0x0, 0}, {"propto", 0x221D, 0x0, 0}, {"prsim", 0x227E, 0x0, 0},
    {"prurel", 0x22B0, 0x0, 0}, {"pscr", 0x1D4C5, 0x0, 0}, {"psi", 0x3C8, 0x0, 0},
    {"puncsp", 0x2008, 0x0, 0}, {"qfr", 0x1D52E, 0x0, 0}, {"qint", 0x2A0C, 0x0, 0},
    {"qopf", 0x1D562, 0x0, 0}, {"qprime", 0x2057, 0x0, 0}, {"qscr", 0x1D4C6, 0x0, 0},
    {"quaternions", 0x210D, 0x0, 0}, {"quatint", 0x2A16, 0x0, 0}, {"quest", 0x3F, 0x0, 0},
    {"questeq", 0x225F, 0x0, 0}, {"quot", 0x22, 0x0, 1}, {"rAarr", 0x21DB, 0x0, 0},
    {"rArr", 0x21D2, 0x0, 0}, {"rAtail", 0x291C, 0x0, 0}, {"rBarr", 0x290F, 0x0, 0},
    {"rHar", 0x2964, 0x0, 0}, {"race", 0x223D, 0x331, 0}, {"racute", 0x155, 0x0, 0},
    {"radic", 0x221A, 0x0, 0}, {"raemptyv", 0x29B3, 0x0, 0}, {"rang", 0x27E9, 0x0, 0},
    {"rangd", 0x2992, 0x0, 0}, {"range", 0x29A5, 0x0, 0}, {"rangle", 0x27E9, 0x0, 0},
    {"raquo", 0xBB, 0x0, 1}, {"rarr", 0x2192, 0x0, 0}, {"rarrap", 0x2975, 0x0, 0},
    {"rarrb", 0x21E5, 0x0, 0}, {"rarrbfs", 0x2920, 0x0, 0}, {"rarrc", 0x2933, 0x0, 0},
    {"rarrfs", 0x291E, 0x0, 0}, {"rarrhk", 0x21AA, 0x0, 0}, {"rarrlp", 0x21AC, 0x0, 0},
    {"rarrpl", 0x2945, 0x0, 0}, {"rarrsim", 0x2974, 0x0, 0}, {"rarrtl", 0x21A3, 0x0, 0},
    {"rarrw", 0x219D, 0x0, 0}, {"ratail", 0x291A, 0x0, 0}, {"ratio", 0x2236, 0x0, 0},
    {"rationals", 0x211A, 0x0, 0}, {"rbarr", 0x290D, 0x0, 0}, {"rbbrk", 0x2773, 0x0, 0},
    {"rbrace", 0x7D, 0x0, 0}, {"rbrack", 0x5D, 0x0, 0}, {"rbrke", 0x298C, 0x0, 0},
    {"rbrksld", 0x298E, 0x0, 0}, {"rbrkslu", 0x2990, 0x0, 0}, {"rcaron", 0x159, 0x0, 0},
    {"rcedil", 0x157, 0x0, 0}, {"rceil", 0x2309, 0x0, 0}, {"rcub", 0x7D, 0x0, 0},
    {"rcy", 0x440, 0x0, 0}, {"rdca", 0x2937, 0x0, 0}, {"rdldhar", 0x2969, 0x0, 0},
    {"rdquo", 0x201D, 0x0, 0}, {"rdquor", 0x201D, 0x0, 0}, {"rdsh", 0x21B3, 0x0, 0},
    {"real", 0x211C, 0x0, 0}, {"realine", 0x211B, 0x0, 0}, {"realpart", 0x211C, 0x0, 0},
    {"reals", 0x211D, 0x0, 0}, {"rect", 0x25AD, 0x0, 0}, {"reg", 0xAE, 0x0, 1},
    {"rfisht", 0x297D, 0x0, 0}, {"rfloor", 0x230B, 0x0, 0}, {"rfr", 0x1D52F, 0x0, 0},
    {"rhard", 0x21C1, 0x0, 0}, {"rharu", 0x21C0, 0x0, 0}, {"rharul", 0x296C, 0x0, 0},
    {"rho", 0x3C1, 0x0, 0}, {"rhov", 0x3F1, 0x0, 0}, {"rightarrow", 0x2192, 0x0, 0},
    {"rightarrowtail", 0x21A3, 0x0, 0}, {"rightharpoondown", 0x21C1, 0x0, 0}, {"rightharpoonup", 0x21C0, 0x0, 0},
    {"rightleftarrows", 0x21C4, 0x0, 0}, {"rightleftharpoons", 0x21CC, 0x0, 0}, {"rightrightarrows", 0x21C9, 0x0, 0},
    {"rightsquigarrow", 0x219D, 0x0, 0}, {"rightthreetimes", 0x22CC, 0x0, 0}, {"ring", 0x2DA, 0x0, 0},
    {"risingdotseq", 0x2253, 0x0, 0}, {"rlarr", 0x21C4, 0x0, 0}, {"rlhar", 0x21CC, 0x0, 0},
    {"rlm", 0x200F, 0x0, 0}, {"rmoust", 0x23B1, 0x0, 0}, {"rmoustache", 0x23B1, 0x0, 0},
    {"rnmid", 0x2AEE, 0x0, 0}, {"roang", 0x27ED, 0x0, 0}, {"roarr", 0x21FE, 0x0, 0},
    {"robrk", 0x27E7, 0x0, 0}, {"ropar", 0x2986, 0x0, 0}, {"ropf", 0x1D563, 0x0, 0},
    {"roplus", 0x2A2E, 0x0, 0}, {"rotimes", 0x2A35, 0x0, 0}, {"rpar", 0x29, 0x0, 0},
    {"rpargt", 0x2994, 0x0, 0}, {"rppolint", 0x2A12, 0x0, 0}, {"rrarr", 0x21C9, 0x0, 0},
    {"rsaquo", 0x203A, 0x0, 0}, {"rscr", 0x1D4C7, 0x0, 0}, {"rsh", 0x21B1, 0x0, 0},
    {"rsqb", 0x5D, 0x0, 0}, {"rsquo", 0x2019, 0x0, 0}, {"rsquor", 0x2019, 0x0, 0},
    {"rthree", 0x22CC, 0x0, 0}, {"rtimes", 0x22CA, 0x0, 0}, {"rtri", 0x25B9, 0x0, 0},
    {"rtrie", 0x22B5, 0x0, 0}, {"rtrif", 0x25B8, 0x0, 0}, {"rtriltri", 0x29CE, 0x0, 0},
    {"ruluhar", 0x2968, 0x0, 0}, {"rx", 0x211E, 0x0, 0}, {"sacute", 0x15B, 0x0, 0},
    {"sbquo", 0x201A, 0x0, 0}, {"sc", 0x227B, 0x0, 0}, {"scE", 0x2AB4, 0x0, 0},
    {"scap", 0x2AB8, 0x0, 0}, {"scaron", 0x161, 0x0, 0}, {"sccue", 0x227D, 0x0, 0},
    {"sce", 0x2AB0, 0x0, 0}, {"scedil", 0x15F, 0x0, 0}, {"scirc", 0x15D, 0x0, 0},
    {"scnE", 0x2AB6, 0x0, 0}, {"scnap", 0x2ABA, 0x0, 0}, {"scnsim", 0x22E9, 0x0, 0},
    {"scpolint", 0x2A13, 0x0, 0}, {"scsim", 0x227F, 0x0, 0}, {"scy", 0x441, 0x0, 0},
    {"sdot", 0x22C5, 0x0, 0}, {"sdotb", 0x22A1, 0x0, 0}, {"sdote", 0x2A66, 0x0, 0},
    {"seArr", 0x21D8, 0x0, 0}, {"searhk", 0x2925, 0x0, 0}, {"searr", 0x2198, 0x0, 0},
    {"searrow", 0x2198, 0x0, 0}, {"sect", 0xA7, 0x0, 1}, {"semi", 0x3B, 0x0, 0},
    {"seswar", 0x2929, 0x0, 0}, {"setminus", 0x2216, 0x0, 0}, {"setmn", 0x2216, 0x0, 0},
    {"sext", 0x2736, 0x0, 0}, {"sfr", 0x1D530, 0x0, 0}, {"sfrown", 0x2322, 0x0, 0},
    {"sharp", 0x266F, 0x0, 0}, {"shchcy", 0x449, 0x0, 0}, {"shcy", 0x448, 0x0, 0},
    {"shortmid", 0x2223, 0x0, 0}, {"shortparallel", 0x2225, 0x0, 0}, {"shy", 0xAD, 0x0, 1},
    {"sigma", 0x3C3, 0x0, 0}, {"sigmaf", 0x3C2, 0x0, 0}, {"sigmav", 0x3C2, 0x0, 0},
    {"sim", 0x223C, 0x0, 0}, {"simdot", 0x2A6A, 0x0, 0}, {"sime", 0x2243, 0x0, 0},
    {"simeq", 0x2243, 0x0, 0}, {"simg", 0x2A9E, 0x0, 0}, {"simgE", 0x2AA0, 0x0, 0},
    {"siml", 0x2A9D, 0x0, 0}, {"simlE", 0x2A9F, 0x0, 0}, {"simne", 0x2246, 0x0, 0},
    {"simplus", 0x2A24, 0x0, 0}, {"simrarr", 0x2972, 0x0, 0}, {"slarr", 0x2190, 0x0, 0},
    {"smallsetminus", 0x2216, 0x0, 0}, {"smashp", 0x2A33, 0x0, 0}, {"smeparsl", 0x29E4, 0x0, 0},
    {"smid", 0x2223, 0x0, 0}, {"smile", 0x2323, 0x0, 0}, {"smt", 0x2AAA, 0x0, 0},
    {"smte", 0x2AAC, 0x0, 0}, {"smtes", 0x2AAC, 0xFE00, 0}, {"softcy", 0x44C, 0x0, 0},
    {"sol", 0x2F, 0x0, 0}, {"solb", 0x29C4, 0x0, 0}, {"solbar", 0x233F, 0x0, 0},
    {"sopf", 0x1D564, 0x0, 0}, {"spades", 0x2660, 0x0, 0}, {"spadesuit", 0x2660, 0x0, 0},
    {"spar", 0x2225, 0x0, 0}, {"sqcap", 0x2293, 0x0, 0}, {"sqcaps", 0x2293, 0xFE00, 0},
    {"sqcup", 0x2294, 0x0, 0}, {"sqcups", 0x2294, 0xFE00, 0}, {"sqsub", 0x228F, 0x0, 0},
    {"sqsube", 0x2291, 0x0, 0}, {"sqsubset", 0x228F, 0x0, 0}, {"sqsubseteq", 0x2291, 0x0, 0},
    {"sqsup", 0x2290, 0x0, 0}, {"sqsupe", 0x2292, 0x0, 0}, {"sqsupset", 0x2290, 0x0, 0},
    {"sqsupseteq", 0x2292, 0x0, 0}, {"squ", 0x25A1, 0x0, 0}, {"square", 0x25A1, 0x0, 0},
    {"squarf", 0x25AA, 0x0, 0}, {"squf", 0x25AA, 0x0, 0}, {"srarr", 0x2192, 0x0, 0},
    {"sscr", 0x1D4C8, 0x0, 0}, {"ssetmn", 0x2216, 0x0, 0}, {"ssmile", 0x2323, 0x0, 0},
    {"sstarf", 0x22C6, 0x0, 0}, {"star", 0x2606, 0x0, 0}, {"starf", 0x2605, 0x0, 0},
    {"straightepsilon", 0x3F5, 0x0, 0}, {"straightphi", 0x3D5, 0x0, 0}, {"strns", 0xAF, 0x0, 0},
    {"sub", 0x2282, 0x0, 0}, {"subE", 0x2AC5, 0x0, 0}, {"subdot", 0x2ABD, 0x0, 0},
    {"sube", 0x2286, 0x0, 0}, {"subedot", 0x2AC3, 0x0, 0}, {"submult", 0x2AC1, 0x0, 0},
    {"subnE", 0x2ACB, 0x0, 0}, {"subne", 0x228A, 0x0, 0}, {"subplus", 0x2ABF, 0x0, 0},
    {"subrarr", 0x2979, 0x0, 0}, {"subset", 0x2282, 0x0, 0}, {"subseteq", 0x2286, 0x0, 0},
    {"subseteqq", 0x2AC5, 0x0, 0}, {"subsetneq", 0x228A, 0x0, 0}, {"subsetneqq", 0x2ACB, 0x0, 0},
    {"subsim", 0x2AC7, 0x0, 0}, {"subsub", 0x2AD5, 0x0, 0}, {"subsup", 0x2AD3, 0x0, 0},
    {"succ", 0x227B, 0x0, 0}, {"succapprox", 0x2AB8, 0x0, 0}, {"succcurlyeq", 0x227D, 0x0, 0},
    {"succeq", 0x2AB0, 0x0, 0}, {"succnapprox", 0x2ABA, 0x0, 0}, {"succneqq", 0x2AB6, 0x0, 0},
    {"succnsim", 0x22E9, 0x0, 0}, {"succsim", 0x227F, 0x0, 0}, {"sum", 0x2211, 0x0, 0},
    {"sung", 0x266A, 0x0, 0}, {"sup", 0x2283, 0x0, 0}, {"sup1", 0xB9, 0x0, 1},
    {"sup2", 0xB2, 0x0, 1}, {"sup3", 0xB3, 0x0, 1}, {"supE", 0x2AC6, 0x0, 0},
    {"supdot", 0x2ABE, 0x0, 0}, {"supdsub", 0x2AD8, 0x0, 0}, {"supe", 0x2287, 0x0, 0},
    {"supedot", 0x2AC4, 0x0, 0}, {"suphsol", 0x27C9, 0x0, 0}, {"suphsub", 0x2AD7, 0x0, 0},
    {"suplarr", 0x297B, 0x0, 0}, {"supmult", 0x2AC2, 0x0, 0}, {"supnE", 0x2ACC, 0x0, 0},
    {"supne", 0x228B, 0x0, 0}, {"supplus", 0x2AC0, 0x0, 0}, {"supset", 0x2283, 0x0, 0},
    {"supseteq", 0x2287, 0x0, 0}, {"supseteqq", 0x2AC6, 0x0, 0}, {"supsetneq", 0x228B, 0x0, 0},
    {"supsetneqq", 0x2ACC, 0x0, 0}, {"supsim", 0x2AC8, 0x0, 0}, {"supsub", 0x2AD4, 0x0, 0},
    {"supsup", 0x2AD6, 0x0, 0}, {"swArr", 0x21D9, 0x0, 0}, {"swarhk", 0x2926, 0x0, 0},
    {"swarr", 0x2199, 0x0, 0}, {"swarrow", 0x2199, 0x0, 0}, {"swnwar", 0x292A, 0x0, 0},
    {"szlig", 0xDF, 0x0, 1}, {"target", 0x2316, 0x0, 0}, {"tau", 0x3C4, 0x0, 0},
    {"tbrk", 0x23B4, 0x0, 0}, {"tcaron", 0x165, 0x0, 0}, {"tcedil", 0x163, 0x0, 0},
    {"tcy", 0x442, 0x0, 0}, {"tdot", 0x20DB, 0x0, 0}, {"telrec", 0x2315, 0x0, 0},
    {"tfr", 0x1D531, 0x0, 0}, {"there4", 0x2234, 0x0, 0}, {"therefore", 0x2234, 0x0, 0},
    {"theta", 0x3B8, 0x0, 0}, {"thetasym", 0x3D1, 0x0, 0}, {"thetav", 0x3D1, 0x0, 0},
    {"thickapprox", 0x2248, 0x0, 0}, {"thicksim", 0x223C, 0x0, 0}, {"thinsp", 0x2009, 0x0, 0},
    {"thkap", 0x2248, 0x0, 0}, {"thksim", 0x223C, 0x0, 0}, {"thorn", 0xFE, 0x0, 1},
    {"tilde", 0x2DC, 0x0, 0}, {"times", 0xD7, 0x0, 1}, {"timesb", 0x22A0, 0x0, 0},
    {"timesbar", 0x2A31, 0x0, 0}, {"timesd", 0x2A30, 0x0, 0}, {"tint", 0x222D, 0x0, 0},
    {"toea", 0x2928, 0x0, 0}, {"top", 0x22A4, 0x0, 0}, {"topbot", 0x2336, 0x0, 0},
    {"topcir", 0x2AF1, 0x0, 0}, {"topf", 0x1D565, 0x0, 0}, {"topfork", 0x2ADA, 0x0, 0},
    {"tosa", 0x2929, 0x0, 0}, {"tprime", 0x2034, 0x0, 0}, {"trade", 0x2122, 0x0, 0},
    {"triangle", 0x25B5, 0x0, 0}, {"triangledown", 0x25BF, 0x0, 0}, {"triangleleft", 0x25C3, 0x0, 0},
    {"trianglelefteq", 0x22B4, 0x0, 0}, {"triangleq", 0x225C, 0x0, 0}, {"triangleright", 0x25B9, 0x0, 0},
    {"trianglerighteq", 0x22B5, 0x0, 0}, {"tridot", 0x25EC, 0x0, 0}, {"trie", 0x225C, 0x0, 0},
    {"triminus", 0x2A3A, 0x0, 0}, {"triplus", 0x2A39, 0x0, 0}, {"trisb", 0x29CD, 0x0, 0},
    {"tritime", 0x2A3B, 0x0, 0}, {"trpezium", 0x23E2, 0x0, 0}, {"tscr", 0x1D4C9, 0x0, 0},
    {"tscy", 0x446, 0x0, 0}, {"tshcy", 0x45B, 0x0, 0}, {"tstrok", 0x167, 0x0, 0},
    {"twixt", 0x226C, 0x0, 0}, {"twoheadleftarrow", 0x219E, 0x0, 0}, {"twoheadrightarrow", 0x21A0, 0x0, 0},
    {"uArr", 0x21D1, 0x0, 0}, {"uHar", 0x2963, 0x0, 0}, {"uacute", 0xFA, 0x0, 1},
    {"uarr", 0x2191, 0x0, 0}, {"ubrcy", 0x45E, 0x0, 0}, {"ubreve", 0x16D, 0x0, 0},
    {"ucirc", 0xFB, 0x0, 1}, {"ucy", 0x443, 0x0, 0}, {"udarr", 0x21C5, 0x0, 0},
    {"udblac", 0x171, 0x0, 0}, {"udhar", 0x296E, 0x0, 0}, {"ufisht", 0x297E, 0x0, 0},
    {"ufr", 0x1D532, 0x0, 0}, {"ugrave", 0xF9, 0x0, 1}, {"uharl", 0x21BF, 0x0, 0},
    {"uharr", 0x21BE, 0x0, 0}, {"uhblk", 0x2580, 0x0, 0}, {"ulcorn", 0x231C, 0x0, 0},
    {"ulcorner", 0x231C, 0x0, 0}, {"ulcrop", 0x230F, 0x0, 0}, {"ultri", 0x25F8, 0x0, 0},
    {"umacr", 0x16B, 0x0, 0}, {"uml", 0xA8, 0x0, 1}, {"uogon", 0x173, 0x0, 0},
    {"uopf", 0x1D566, 0x0, 0}, {"uparrow", 0x2191, 0x0, 0}, {"updownarrow", 0x2195, 0x0, 0},
    {"upharpoonleft", 0x21BF, 0x0, 0}, {"upharpoonright", 0x21BE, 0x0, 0}, {"uplus", 0x228E, 0x0, 0},
    {"upsi", 0x3C5, 0x0, 0}, {"upsih", 0x3D2, 0x0, 0}, {"upsilon", 0x3C5, 0x0, 0},
    {"upuparrows", 0x21C8, 0x0, 0}, {"urcorn", 0x231D, 0x0, 0}, {"urcorner", 0x231D, 0x0, 0},
    {"urcrop", 0x230E, 0x0, 0}, {"uring", 0x16F, 0x0, 0}, {"urtri", 0x25F9, 0x0, 0},
    {"uscr", 0x1D4CA, 0x0, 0}, {"utdot", 0x22F0, 0x0, 0}, {"utilde", 0x169, 0x0, 0},
    {"utri", 0x25B5, 0x0, 0}, {"utrif", 0x25B4, 0x0, 0}, {"uuarr", 0x21C8, 0x0, 0},
    {"uuml", 0xFC, 0x0, 1}, {"uwangle", 0x29A7, 0x0, 0}, {"vArr", 0x21D5, 0x0, 0},
    {"vBar", 0x2AE8, 0x0, 0}, {"vBarv", 0x2AE9, 0x0, 0}, {"vDash", 0x22A8, 0x0, 0},
    {"vangrt", 0x299C, 0x0, 0}, {"varepsilon", 0x3F5, 0x0, 0}, {"varkappa", 0x3F0, 0x0, 0},
    {"varnothing", 0x2205, 0x0, 0}, {"varphi", 0x3D5, 0x0, 0}, {"varpi", 0x3D6, 0x0, 0},
    {"varpropto", 0x221D, 0x0, 0}, {"varr", 0x2195, 0x0, 0}, {"varrho", 0x3F1, 0x0, 0},
    {"varsigma", 0x3C2, 0x0, 0}, {"varsubsetneq", 0x228A, 0xFE00, 0}, {"varsubsetneqq", 0x2ACB, 0xFE00, 0},
    {"varsupsetneq", 0x228B, 0xFE00, 0}, {"varsupsetneqq", 0x2ACC, 0xFE00, 0}, {"vartheta", 0x3D1, 0x0, 0},
    {"vartriangleleft", 0x22B2, 0x0, 0}, {"vartriangleright", 0x22B3, 0x0, 0}, {"vcy", 0x432, 0x0, 0},
    {"vdash", 0x22A2, 0x0, 0}, {"vee", 0x2228, 0x0, 0}, {"veebar", 0x22BB, 0x0, 0},
    {"veeeq", 0x225A, 0x0, 0}, {"vellip", 0x22EE, 0x0, 0}, {"verbar", 0x7C, 0x0, 0},
    {"vert", 0x7C, 0x0, 0}, {"vfr", 0x1D533, 0x0, 0}, {"vltri", 0x22B2, 0x0, 0},
    {"vnsub", 0x2282, 0x20D2, 0}, {"vnsup", 0x2283, 0x20D2, 0}, {"vopf", 0x1D567, 0x0, 0},
    {"vprop", 0x221D, 0x0, 0}, {"vrtri", 0x22B3, 0x0, 0}, {"vscr", 0x1D4CB, 0x0, 0},
    {"vsubnE", 0x2ACB, 0xFE00, 0}, {"vsubne", 0x228A, 0xFE00, 0}, {"vsupnE", 0x2ACC, 0xFE00, 0},
    {"vsupne", 0x228B, 0xFE00, 0}, {"vzigzag", 0x299A, 0x0, 0}, {"wcirc", 0x175, 0x0, 0},
    {"wedbar", 0x2A5F, 0x0, 0}, {"wedge", 0x2227, 0x0, 0}, {"wedgeq", 0x2259, 0x0, 0},
    {"weierp", 0x2118, 0x0, 0}, {"wfr", 0x1D534, 0x0, 0}, {"wopf", 0x1D568, 0x0, 0},
    {"wp", 0x2118, 0x0, 0}, {"wr", 0x2240, 0x0, 0}, {"wreath", 0x2240, 0x0, 0},
    {"wscr", 0x1D4CC, 0x0, 0}, {"xcap", 0x22C2, 0x0, 0}, {"xcirc", 0x25EF, 0x0, 0},
    {"xcup", 0x22C3, 0x0, 0}, {"xdtri", 0x25BD, 0x0, 0}, {"xfr", 0x1D535, 0x0, 0},
    {"xhArr", 0x27FA, 0x0, 0}, {"xharr", 0x27F7, 0x0, 0}, {"xi", 0x3BE, 0x0, 0},
    {"xlArr", 0x27F8, 0x0, 0}, {"xlarr", 0x27F5, 0x0, 0}, {"xmap", 0x27FC, 0x0, 0},
    {"xnis", 0x22FB, 0x0, 0}, {"xodot", 0x2A00, 0x0, 0}, {"xopf", 0x1D569, 0x0, 0},
    {"xoplus", 0x2A01, 0x0, 0}, {"xotime", 0x2A02, 0x0, 0}, {"xrArr", 0x27F9, 0x0, 0},
    {"xrarr", 0x27F6, 0x0, 0}, {"xscr", 0x1D4CD, 0x0, 0}, {"xsqcup", 0x2A06, 0x0, 0},
    {"xuplus", 0x2A04, 0x0, 0}, {"xutri", 0x25B3, 0x0, 0}, {"xvee", 0x22C1, 0x0, 0},
    {"xwedge", 0x22C0, 0x0, 0}, {"yacute", 0xFD, 0x0, 1}, {"yacy", 0x44F, 0x0, 0},
    {"ycirc", 0x177, 0x0, 0}, {"ycy", 0x44B, 0x0, 0}, {"yen", 0xA5, 0x0, 1},
    {"yfr", 0x1D536, 0x0, 0}, {"yicy", 0x457, 0x0, 0}, {"yopf", 0x1D56A, 0x0, 0},
    {"yscr", 0x1D4CE, 0x0, 0}, {"yucy", 0x44E, 0x0, 0}, {"yuml", 0xFF, 0x0, 1},
    {"zacute", 0x17A, 0x0, 0}, {"zcaron", 0x17E, 0x0, 0}, {"zcy", 0x437, 0x0, 0},
    {"zdot", 0x17C, 0x0, 0}, {"zeetrf", 0x2128, 0x0, 0}, {"zeta", 0x3B6, 0x0, 0},
    {"zfr", 0x1D537, 0x0, 0}, {"zhcy", 0x436, 0x0, 0}, {"zigrarr", 0x21DD, 0x0, 0},
    {"zopf", 0x1D56B, 0x0, 0}, {"zscr", 0x1D4CF, 0x0, 0}, {"zwj", 0x200D, 0x0, 0},
    {"zwnj", 0x200C, 0x0, 0},
};

static int entity_cmp(const char *name, size_t len, const char *cand)
{
    int c = strncmp(name, cand, len);
    if (c != 0)
        return c;
    return cand[len] == '\0' ? 0 : -1;
}

static const html_entity *entity_find(const char *name, size_t len)
{
    size_t lo = 0, hi = SD_ARRAY_LEN(html_entities);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = entity_cmp(name, len, html_entities[mid].name);
        if (c == 0)
            return &html_entities[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

int markup_entity_lookup(const char *name, size_t len, uint32_t cp[2])
{
    if (!name || len == 0 || len > 40)
        return 0;
    const html_entity *e = entity_find(name, len);
    if (!e)
        return 0;
    cp[0] = e->cp1;
    cp[1] = e->cp2;
    return e->cp2 ? 2 : 1;
}

/* ---- UTF-8 helpers ------------------------------------------------------ */

static size_t utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode one UTF-8 sequence; an invalid byte gives U+FFFD and length 1. */
static inline uint32_t utf8_get(const unsigned char *p, const unsigned char *end, size_t *n)
{
    unsigned c = p[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        *n = 1;
        return 0xFFFD;
    }
    if ((size_t)(end - p) <= need) {
        *n = 1;
        return 0xFFFD;
    }
    for (size_t i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *n = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *n = 1;
        return 0xFFFD;
    }
    *n = need + 1;
    return cp;
}

/* East Asian Width F, W or H: no space is needed between two of these. */
static int is_wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
           (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEE) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

static int is_space_cp(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F:
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

/* ---- the output builder ------------------------------------------------- */

enum { BRK_NONE = 0, BRK_LINE = 1, BRK_PARA = 2 };

typedef struct textout {
    strbuf sb;
    int keep_breaks;   /* breaks as "\n" / "\n\n"; otherwise as one space */
    int plain_paras;   /* plain text: a blank line is a paragraph break */
    int pend_space;
    int pend_newlines; /* newlines in the pending whitespace run */
    int pend_break;
    int ideo_spaces;   /* pending U+3000, kept only between visible text */
    uint32_t last_cp;
} textout;

static void out_init(textout *o, size_t hint, int keep_breaks, int plain_paras)
{
    memset(o, 0, sizeof *o);
    strbuf_init(&o->sb);
    strbuf_grow(&o->sb, hint + 1);
    o->sb.data[0] = '\0';
    o->keep_breaks = keep_breaks;
    o->plain_paras = plain_paras;
}

static void out_break(textout *o, int level)
{
    if (level > o->pend_break)
        o->pend_break = level;
    o->ideo_spaces = 0;
}

static void out_whitespace(textout *o, uint32_t cp, const unsigned char *next, const unsigned char *end)
{
    o->pend_space = 1;
    if (cp == '\n' || (cp == '\r' && !(next < end && *next == '\n')) || cp == 0x2028 || cp == 0x2029)
        o->pend_newlines++;
}

/* Appends without the NUL: out_finish writes it once. */
static inline void out_put(textout *o, const void *b, size_t n)
{
    if (o->sb.len + n + 1 > o->sb.cap)
        strbuf_grow(&o->sb, n + 64);
    memcpy(o->sb.data + o->sb.len, b, n);
    o->sb.len += n;
}

/* Write what is pending before a visible character `cp`. */
static void out_flush(textout *o, uint32_t cp)
{
    if (o->sb.len == 0) {
        o->pend_space = o->pend_newlines = o->pend_break = o->ideo_spaces = 0;
        return;
    }
    int brk = o->pend_break;
    if (o->plain_paras && o->pend_newlines >= 2 && brk < BRK_PARA)
        brk = BRK_PARA;
    if (brk) {
        if (!o->keep_breaks)
            out_put(o, " ", 1);
        else
            out_put(o, "\n\n", brk == BRK_PARA ? 2 : 1);
    } else if (o->ideo_spaces) {
        for (int i = 0; i < o->ideo_spaces; i++)
            out_put(o, "\xE3\x80\x80", 3);
    } else if (o->pend_space) {
        if (!(o->pend_newlines && is_wide(o->last_cp) && is_wide(cp)))
            out_put(o, " ", 1);
    }
    o->pend_space = o->pend_newlines = o->pend_break = o->ideo_spaces = 0;
}

static void out_cp(textout *o, uint32_t cp, const unsigned char *next, const unsigned char *end)
{
    if (is_space_cp(cp)) {
        out_whitespace(o, cp, next, end);
        return;
    }
    if (cp == 0x3000) {
        if (o->sb.len && !o->pend_break)
            o->ideo_spaces++;
        return;
    }
    /* Invisible or control characters that only get in the way of text. */
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xAD || cp == 0xFEFF || cp == 0x200B)
        return;
    if (o->pend_space | o->pend_break | o->ideo_spaces)
        out_flush(o, cp);
    char tmp[4];
    size_t n = utf8_put(tmp, cp);
    out_put(o, tmp, n);
    o->last_cp = cp;
}

/* A run of visible characters that need no attention, copied at once. */
static void out_run(textout *o, const unsigned char *p, size_t n, uint32_t first_cp, uint32_t last_cp)
{
    if (o->pend_space | o->pend_break | o->ideo_spaces)
        out_flush(o, first_cp);
    out_put(o, p, n);
    o->last_cp = last_cp;
}

static char *out_finish(textout *o)
{
    strbuf_grow(&o->sb, 1);
    o->sb.data[o->sb.len] = '\0';
    return strbuf_detach(&o->sb);
}


/*
 * The longest run at p of characters that are copied as they are: visible
 * ASCII other than '<' '&', and valid multi-byte UTF-8 other than spaces,
 * invisible characters and C1 controls.  Returns its length (0 if the first
 * character needs attention) and its first and last code points.
 */
/*
 * Classes for plain_run: 0 needs the slow path, 1 visible ASCII other than
 * '<' '&', 2 lead of a two-byte character (U+00C0 and up), 3 lead of a
 * three-byte character none of which needs attention, 4 lead of a three-byte
 * row with a few characters that do (spaces, U+3000, U+FEFF), 5 space.
 */
static const unsigned char run_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    5, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    0, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* U+3000, U+FEFF, U+1680 and the spaces of U+2000-U+205F: three-byte characters that need attention. */
static inline int special3(unsigned c, const unsigned char *q)
{
    return (c == 0xE3 && q[1] == 0x80 && q[2] == 0x80) || (c == 0xEF && q[1] == 0xBB && q[2] == 0xBF) ||
           (c == 0xE1 && q[1] == 0x9A && q[2] == 0x80) ||
           (c == 0xE2 && ((q[1] == 0x80 && (q[2] <= 0x8B || q[2] == 0xA8 || q[2] == 0xA9 || q[2] == 0xAF)) ||
                          (q[1] == 0x81 && q[2] == 0x9F)));
}

static size_t plain_run(const unsigned char *p, const unsigned char *end, uint32_t *first, uint32_t *last)
{
    const unsigned char *q = p;
    for (;;) {
        while (q < end && run_class[*q] == 1)
            q++;
        if (q >= end)
            break;
        unsigned c = *q;
        unsigned k = run_class[c];
        if (k == 3 || k == 4) {
            if (end - q < 3 || (q[1] & 0xC0) != 0x80 || (q[2] & 0xC0) != 0x80 || (k == 4 && special3(c, q)))
                break;
            q += 3;
        } else if (k == 2) {
            if (end - q < 2 || (q[1] & 0xC0) != 0x80)
                break;
            q += 2;
        } else if (k == 5) {
            /* One space between two visible characters stays one space. */
            if (q == p || end - q < 2 || run_class[q[1]] == 0 || run_class[q[1]] >= 4)
                break;
            q++;
        } else if (c >= 0x80) {
            size_t n;
            uint32_t v = utf8_get(q, end, &n);
            if ((v == 0xFFFD && n == 1) || v < 0xA0 || is_space_cp(v) || v == 0xAD)
                break;
            q += n;
        } else {
            break;
        }
    }
    if (q == p)
        return 0;
    const unsigned char *lastc = q - 1;
    while (lastc > p && (*lastc & 0xC0) == 0x80)
        lastc--;
    size_t n;
    *first = utf8_get(p, end, &n);
    *last = utf8_get(lastc, end, &n);
    return (size_t)(q - p);
}

/* ---- character references ---------------------------------------------- */

/* HTML5: numeric references to C1 controls mean the Windows-1252 character. */
static const uint16_t c1_to_1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

static int is_alnum(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * Decode the character reference at p ('&').  Returns the number of bytes
 * consumed (0 if this '&' is just a character) and the code points.
 */
static size_t decode_ref(const unsigned char *p, const unsigned char *end, uint32_t cp[2], int *ncp)
{
    const unsigned char *q = p + 1;
    if (q >= end)
        return 0;
    if (*q == '#') {
        q++;
        int hex = 0;
        if (q < end && (*q == 'x' || *q == 'X')) {
            hex = 1;
            q++;
        }
        uint32_t v = 0;
        int digits = 0;
        while (q < end) {
            unsigned c = *q, d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                break;
            if (v <= 0x10FFFF)
                v = v * (hex ? 16 : 10) + d;
            digits++;
            q++;
        }
        if (!digits)
            return 0;
        if (q < end && *q == ';')
            q++;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            v = 0xFFFD;
        else if (v >= 0x80 && v <= 0x9F)
            v = c1_to_1252[v - 0x80];
        cp[0] = v;
        *ncp = 1;
        return (size_t)(q - p);
    }
    const unsigned char *name = q;
    while (q < end && is_alnum(*q) && q - name < 40)
        q++;
    size_t len = (size_t)(q - name);
    if (len == 0)
        return 0;
    const html_entity *e = NULL;
    if (q < end && *q == ';') {
        e = entity_find((const char *)name, len);
        if (e) {
            q++;
        }
    }
    if (!e) {
        /* Legacy names without ';' ("&amp", "&nbsp", "&copy"), but not in
         * something that looks like a URL query ("&copy=2"). */
        if (q < end && (*q == '=' || is_alnum(*q)))
            return 0;
        e = entity_find((const char *)name, len);
        if (!e || !e->legacy)
            return 0;
    }
    cp[0] = e->cp1;
    cp[1] = e->cp2;
    *ncp = e->cp2 ? 2 : 1;
    return (size_t)(q - p);
}

/* ---- tags ----------------------------------------------------------------- */

enum tag_kind {
    TAG_INLINE = 0,
    TAG_LINE,   /* a line break */
    TAG_PARA,   /* a paragraph break */
    TAG_CELL,   /* a space */
    TAG_BR,
    TAG_PRE,
    TAG_SKIP,   /* drop the element and everything inside it */
};

typedef struct tag_info {
    const char *name;
    enum tag_kind kind;
} tag_info;

static const tag_info tag_table[] = {
    {"address", TAG_PARA},   {"article", TAG_PARA},   {"aside", TAG_PARA},
    {"blockquote", TAG_PARA}, {"br", TAG_BR},          {"caption", TAG_LINE},
    {"center", TAG_PARA},    {"dd", TAG_LINE},        {"details", TAG_PARA},
    {"dialog", TAG_PARA},    {"div", TAG_PARA},       {"dl", TAG_PARA},
    {"dt", TAG_LINE},        {"fieldset", TAG_PARA},  {"figcaption", TAG_LINE},
    {"figure", TAG_PARA},    {"footer", TAG_PARA},    {"form", TAG_PARA},
    {"h1", TAG_PARA},        {"h2", TAG_PARA},        {"h3", TAG_PARA},
    {"h4", TAG_PARA},        {"h5", TAG_PARA},        {"h6", TAG_PARA},
    {"head", TAG_SKIP},      {"header", TAG_PARA},    {"hgroup", TAG_PARA},
    {"hr", TAG_PARA},        {"iframe", TAG_SKIP},    {"legend", TAG_LINE},
    {"li", TAG_LINE},        {"main", TAG_PARA},      {"math", TAG_SKIP},
    {"menu", TAG_PARA},      {"nav", TAG_PARA},       {"noscript", TAG_SKIP},
    {"object", TAG_SKIP},    {"ol", TAG_PARA},        {"option", TAG_LINE},
    {"p", TAG_PARA},         {"pre", TAG_PRE},        {"script", TAG_SKIP},
    {"section", TAG_PARA},   {"select", TAG_SKIP},    {"style", TAG_SKIP},
    {"summary", TAG_LINE},   {"svg", TAG_SKIP},       {"table", TAG_PARA},
    {"td", TAG_CELL},        {"template", TAG_SKIP},  {"textarea", TAG_SKIP},
    {"th", TAG_CELL},        {"tr", TAG_LINE},        {"ul", TAG_PARA},
};

static enum tag_kind tag_kind_of(const char *name)
{
    size_t lo = 0, hi = SD_ARRAY_LEN(tag_table);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, tag_table[mid].name);
        if (c == 0)
            return tag_table[mid].kind;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return TAG_INLINE;
}

static int is_alpha(unsigned c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Find `needle` (lower-case ASCII) case-insensitively in [p, end). */
static const unsigned char *find_ci(const unsigned char *p, const unsigned char *end, const char *needle)
{
    size_t n = strlen(needle);
    while ((size_t)(end - p) >= n) {
        const unsigned char *hit = memchr(p, needle[0], (size_t)(end - p) - n + 1);
        const unsigned char *hit2 = NULL;
        if (is_alpha((unsigned char)needle[0]) || needle[0] == '<') {
            unsigned char up = (unsigned char)(needle[0] >= 'a' && needle[0] <= 'z' ? needle[0] - 32 : needle[0]);
            if (up != (unsigned char)needle[0])
                hit2 = memchr(p, up, (size_t)(end - p) - n + 1);
        }
        if (!hit || (hit2 && hit2 < hit))
            hit = hit2;
        if (!hit)
            return NULL;
        size_t i = 1;
        for (; i < n; i++) {
            unsigned c = hit[i];
            if (c >= 'A' && c <= 'Z')
                c += 32;
            if (c != (unsigned char)needle[i])
                break;
        }
        if (i == n)
            return hit;
        p = hit + 1;
    }
    return NULL;
}

/* The '>' that ends a tag whose attributes start at p, honouring quotes. */
static const unsigned char *tag_end(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        unsigned c = *p;
        if (c == '>')
            return p;
        if (c == '"' || c == '\'') {
            const unsigned char *q = memchr(p + 1, (int)c, (size_t)(end - p - 1));
            if (!q)
                return NULL;
            p = q + 1;
            continue;
        }
        p++;
    }
    return NULL;
}

/* ---- conversion ------------------------------------------------------------ */

enum { CONV_HTML = 1, CONV_ENTITIES = 2 };

static char *convert(const char *s, size_t len, int flags, int keep_breaks, int plain_paras)
{
    if (!s)
        return xstrdup("");
    textout o;
    out_init(&o, len, keep_breaks, plain_paras);
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    int in_pre = 0;
    while (p < end) {
        unsigned c = *p;
        if (run_class[c] && run_class[c] != 5) {
            uint32_t first = 0xFFFFFFFF, last = 0;
            size_t n = plain_run(p, end, &first, &last);
            if (n) {
                out_run(&o, p, n, first, last);
                p += n;
                continue;
            }
        }
        if (c == '&' && (flags & CONV_ENTITIES)) {
            uint32_t cp[2];
            int ncp = 0;
            size_t n = decode_ref(p, end, cp, &ncp);
            if (n) {
                for (int i = 0; i < ncp; i++)
                    out_cp(&o, cp[i], p + n, end);
                p += n;
                continue;
            }
            out_cp(&o, '&', p + 1, end);
            p++;
            continue;
        }
        if (c == '<' && (flags & CONV_HTML) && p + 1 < end) {
            unsigned c1 = p[1];
            if (is_alpha(c1) || (c1 == '/' && p + 2 < end && is_alpha(p[2]))) {
                int closing = c1 == '/';
                const unsigned char *n0 = p + 1 + closing, *n1 = n0;
                char name[16];
                size_t nl = 0;
                while (n1 < end && (is_alnum(*n1) || *n1 == '-' || *n1 == ':' || *n1 == '_')) {
                    if (nl < sizeof name - 1)
                        name[nl++] = (char)(*n1 >= 'A' && *n1 <= 'Z' ? *n1 + 32 : *n1);
                    n1++;
                }
                name[nl] = '\0';
                if ((size_t)(n1 - n0) >= sizeof name)
                    name[0] = '\0'; /* too long to be one we know */
                const unsigned char *gt = tag_end(n1, end);
                if (!gt) {
                    /* "<b" with no end: not a tag, just text. */
                    out_cp(&o, '<', p + 1, end);
                    p++;
                    continue;
                }
                enum tag_kind k = tag_kind_of(name);
                const unsigned char *tag_start = p;
                p = gt + 1;
                switch (k) {
                case TAG_INLINE:
                    break;
                case TAG_LINE:
                    out_break(&o, BRK_LINE);
                    break;
                case TAG_PARA:
                    out_break(&o, BRK_PARA);
                    break;
                case TAG_CELL:
                    o.pend_space = 1;
                    break;
                case TAG_BR:
                    out_break(&o, o.pend_break ? BRK_PARA : BRK_LINE);
                    break;
                case TAG_PRE:
                    in_pre = !closing;
                    out_break(&o, BRK_PARA);
                    break;
                case TAG_SKIP:
                    if (!closing && gt[-1] != '/') {
                        char close[24] = "</";
                        memcpy(close + 2, name, nl + 1);
                        const unsigned char *cl = find_ci(p, end, close);
                        if (!cl) {
                            /* Never closed: not a script but text that names
                             * one ("attackers inject <script> tags"). */
                            for (const unsigned char *q = tag_start; q < p;) {
                                size_t n;
                                uint32_t cp = utf8_get(q, p, &n);
                                out_cp(&o, cp, q + n, p);
                                q += n;
                            }
                            break;
                        }
                        const unsigned char *cgt = tag_end(cl + 2, end);
                        p = cgt ? cgt + 1 : end;
                        o.pend_space = 1;
                    }
                    break;
                }
                continue;
            }
            if (c1 == '!') {
                if (end - p >= 4 && p[2] == '-' && p[3] == '-') {
                    const unsigned char *q = p + 4;
                    const unsigned char *cl = NULL;
                    while (q < end) {
                        cl = memchr(q, '-', (size_t)(end - q));
                        if (!cl || end - cl < 3)
                            break;
                        if (cl[1] == '-' && cl[2] == '>')
                            break;
                        q = cl + 1;
                        cl = NULL;
                    }
                    p = (cl && end - cl >= 3 && cl[1] == '-' && cl[2] == '>') ? cl + 3 : end;
                    continue;
                }
                if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
                    const unsigned char *q = p + 9;
                    const unsigned char *cl = q;
                    while ((cl = memchr(cl, ']', (size_t)(end - cl))) && !(end - cl >= 3 && cl[1] == ']' && cl[2] == '>'))
                        cl++;
                    const unsigned char *stop = cl ? cl : end;
                    while (q < stop) {
                        size_t n;
                        uint32_t cp = utf8_get(q, stop, &n);
                        out_cp(&o, cp, q + n, stop);
                        q += n;
                    }
                    p = cl ? cl + 3 : end;
                    continue;
                }
                const unsigned char *gt = memchr(p, '>', (size_t)(end - p));
                p = gt ? gt + 1 : end;
                continue;
            }
            if (c1 == '?') {
                const unsigned char *gt = memchr(p, '>', (size_t)(end - p));
                p = gt ? gt + 1 : end;
                continue;
            }
            out_cp(&o, '<', p + 1, end);
            p++;
            continue;
        }
        size_t n;
        uint32_t cp = utf8_get(p, end, &n);
        if (in_pre && cp == '\n') {
            out_break(&o, BRK_LINE);
            p += n;
            continue;
        }
        out_cp(&o, cp, p + n, end);
        p += n;
    }
    return out_finish(&o);
}

char *markup_to_text(const char *html, size_t len, int keep_paragraphs)
{
    return convert(html, len, CONV_HTML | CONV_ENTITIES, keep_paragraphs, 0);
}

char *text_collapse_space(const char *s, size_t len)
{
    return convert(s, len, 0, 0, 0);
}

char *text_to_paragraphs(const char *s, size_t len, int decode_entities)
{
    return convert(s, len, decode_entities ? CONV_ENTITIES : 0, 1, 1);
}

char *markup_decode_entities(const char *s, size_t len)
{
    if (!s)
        return xstrdup("");
    strbuf sb = STRBUF_INIT;
    strbuf_grow(&sb, len + 1);
    sb.data[0] = '\0';
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        const unsigned char *amp = memchr(p, '&', (size_t)(end - p));
        if (!amp) {
            strbuf_append(&sb, p, (size_t)(end - p));
            break;
        }
        strbuf_append(&sb, p, (size_t)(amp - p));
        uint32_t cp[2];
        int ncp = 0;
        size_t n = decode_ref(amp, end, cp, &ncp);
        if (!n) {
            strbuf_putc(&sb, '&');
            p = amp + 1;
            continue;
        }
        for (int i = 0; i < ncp; i++) {
            char tmp[4];
            strbuf_append(&sb, tmp, utf8_put(tmp, cp[i]));
        }
        p = amp + n;
    }
    return strbuf_detach(&sb);
}

/*
 * Whether text that is not labelled as HTML is HTML all the same: a tag of
 * a known HTML element (or a closing tag, or a comment).  "a < b" and
 * "<script> in a title about XSS" written as text are rare next to feeds
 * that put <b>...</b> in their titles.
 */
int markup_looks_like_html(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        const unsigned char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || end - lt < 3)
            return 0;
        const unsigned char *q = lt + 1;
        if (*q == '!' && end - q >= 3 && q[1] == '-' && q[2] == '-')
            return 1;
        if (*q == '/')
            q++;
        char name[16];
        size_t nl = 0;
        while (q < end && is_alnum(*q) && nl < sizeof name - 1) {
            name[nl++] = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
            q++;
        }
        name[nl] = '\0';
        if (nl && q < end && (*q == '>' || *q == ' ' || *q == '/' || *q == '\t' || *q == '\n' || *q == '\r')) {
            static const char *const inline_tags[] = {
                "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img",
                "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
                "sub", "sup", "time", "tt", "u", "var", "wbr",
            };
            if (tag_kind_of(name) != TAG_INLINE)
                return 1;
            for (size_t i = 0; i < SD_ARRAY_LEN(inline_tags); i++)
                if (strcmp(name, inline_tags[i]) == 0)
                    return 1;
        }
        p = lt + 1;
    }
    return 0;
}
