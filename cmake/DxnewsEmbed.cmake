# dxnews_embed_text(<target> FILE <path> FUNCTION <name> NAMESPACE <ns>)
# Compiles the text of <path> into <target> as `std::string_view <ns>::<name>()`, so the binary
# needs no data files at run time. The target's private headers declare the function. Editing
# <path> re-runs CMake and rebuilds the generated source.
function(dxnews_embed_text target)
  cmake_parse_arguments(ARG "" "FILE;FUNCTION;NAMESPACE" "" ${ARGN})
  file(READ "${ARG_FILE}" EMBED_TEXT)
  string(FIND "${EMBED_TEXT}" ")dxnews_embed\"" delimiter_at)
  if(NOT delimiter_at EQUAL -1)
    message(FATAL_ERROR "${ARG_FILE} contains the raw-string delimiter )dxnews_embed\"")
  endif()
  set(EMBED_SOURCE "${ARG_FILE}")
  set(EMBED_FUNCTION "${ARG_FUNCTION}")
  set(EMBED_NAMESPACE "${ARG_NAMESPACE}")
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ARG_FUNCTION}.cc")
  configure_file("${PROJECT_SOURCE_DIR}/cmake/embedded_text.cc.in" "${generated}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ARG_FILE}")
  target_sources(${target} PRIVATE "${generated}")
endfunction()
