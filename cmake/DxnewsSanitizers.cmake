# -DDXNEWS_SANITIZE=ON builds every target with ASan + UBSan (see README, "Sanitizers").
if(DXNEWS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# -DDXNEWS_BUILD_FUZZERS=ON (clang only): instrument every library for coverage-guided fuzzing with
# ASan + UBSan; the fuzz executables add -fsanitize=fuzzer themselves (tests/fuzz/CMakeLists.txt).
if(DXNEWS_BUILD_FUZZERS)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
