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

# dxnews_embed_binary(<source.cc> FILE <path> DEFINE <macro>)
# For files too large for a raw string literal (the segmentation model, the document-frequency
# table): <source.cc> includes the bytes with an assembler .incbin of the path given in <macro>.
# Without the file (before its first training run) an empty one is embedded, and the loader
# reports that or falls back as its header documents.
function(dxnews_embed_binary source)
  cmake_parse_arguments(ARG "" "FILE;DEFINE" "" ${ARGN})
  set(path "${ARG_FILE}")
  if(NOT EXISTS "${path}")
    get_filename_component(name "${path}" NAME)
    set(path "${CMAKE_CURRENT_BINARY_DIR}/empty-${name}")
    file(WRITE "${path}" "")
  endif()
  set_source_files_properties(${source} PROPERTIES
    COMPILE_DEFINITIONS "${ARG_DEFINE}=\"${path}\""
    OBJECT_DEPENDS "${path}")
endfunction()
