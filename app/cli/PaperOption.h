// The --paper option of the commands that write printed pages.
#pragma once

#include "CommandArguments.h"

#include <QPageSize>

namespace outcome::cli {

// A4 or Letter as chosen with --paper (any case), else the paper of the system's locale; anything else is a usage
// error naming the allowed sizes.
Result<QPageSize> paperOption(const CommandArguments& args);

} // namespace outcome::cli
