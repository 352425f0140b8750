# One INTERFACE target that carries warnings and Qt strictness for every target of ours.
add_library(outcome_build_flags INTERFACE)

option(OT_WARNINGS_AS_ERRORS "Treat compiler warnings as errors in our own targets" ON)
option(OT_SANITIZERS "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

target_compile_definitions(outcome_build_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OT_VERSION="${PROJECT_VERSION}"
    OT_APP_ID="${OT_APP_ID}")

if(MSVC)
    target_compile_options(outcome_build_flags INTERFACE /W4 /permissive- /utf-8)
    if(OT_WARNINGS_AS_ERRORS)
        target_compile_options(outcome_build_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(outcome_build_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough)
    if(OT_WARNINGS_AS_ERRORS)
        target_compile_options(outcome_build_flags INTERFACE -Werror)
    endif()
    if(OT_SANITIZERS)
        target_compile_options(outcome_build_flags INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(outcome_build_flags INTERFACE -fsanitize=address,undefined)
    endif()
endif()
