// Includes QCustomPlot 2.1, whose header uses Qt's `foreach` in two templates: our build forbids it
// (QT_NO_FOREACH), so it is lent as the range-for it stands for while the header is read. Include this, never
// <qcustomplot.h> directly.
#pragma once

#ifndef foreach
#define OT_LENT_FOREACH
#define foreach(variable, container) for (variable : container)
#endif

#include <qcustomplot.h>

#ifdef OT_LENT_FOREACH
#undef foreach
#undef OT_LENT_FOREACH
#endif
