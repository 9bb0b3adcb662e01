# dxnews::warnings: every warning flag of the project lives here (never in CMAKE_CXX_FLAGS).
add_library(dxnews_warnings INTERFACE)
add_library(dxnews::warnings ALIAS dxnews_warnings)
target_compile_options(dxnews_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
if(DXNEWS_WERROR)
  target_compile_options(dxnews_warnings INTERFACE -Werror)
endif()
