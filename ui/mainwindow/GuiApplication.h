// Start-up of the desktop program: options, the database to open, and the first window.
#pragma once

namespace outcome {

// Runs the desktop application; returns the process exit code.
int runGuiApplication(int argc, char** argv);

} // namespace outcome
