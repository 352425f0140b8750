// outcome-tracker: the desktop program.
#include "GuiApplication.h"

int main(int argc, char** argv)
{
    return outcome::runGuiApplication(argc, argv);
}
