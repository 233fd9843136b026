// libxml2 for Readout's HTML and feed parsers.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in the system's
// <unicode/ucnv.h>. Swift's Foundation carries its own ICU headers, and when both
// reach one Swift module clang rejects the two different `UErrorCode` enums (the
// failure depends on build order, so it comes and goes). Readout never touches
// libxml2's encoding handlers (it hands libxml2 UTF-8 it has already decoded), so
// the ICU-only fields of those structs are hidden here and the clash cannot occur.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
