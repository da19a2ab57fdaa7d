#ifndef CPIIMPORT_XML2_SHIM_H
#define CPIIMPORT_XML2_SHIM_H

// Debian's libxml2 is built with ICU; its encoding.h then clashes with Foundation's ICU module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#endif
