#include "segmenter_builtin.h"

// DXNEWS_SEGMENTER_MODEL_FILE is set by analyzer/CMakeLists.txt: the model file, or an empty
// file when the source tree has none yet (so the trainer can be built before the first model).
// .incbin copies the file into .rodata; the symbols bracket it.
asm(".pushsection .rodata\n"
    ".balign 16\n"
    ".globl dxnews_segmenter_model_begin\n"
    ".hidden dxnews_segmenter_model_begin\n"
    ".globl dxnews_segmenter_model_end\n"
    ".hidden dxnews_segmenter_model_end\n"
    "dxnews_segmenter_model_begin:\n"
    ".incbin \"" DXNEWS_SEGMENTER_MODEL_FILE "\"\n"
    "dxnews_segmenter_model_end:\n"
    ".byte 0\n"
    ".popsection\n");

extern "C" const char dxnews_segmenter_model_begin[];
extern "C" const char dxnews_segmenter_model_end[];

namespace dxnews::analyzer::internal {

std::string_view BuiltinSegmenterModel() {
  return std::string_view(dxnews_segmenter_model_begin,
                          static_cast<size_t>(dxnews_segmenter_model_end - dxnews_segmenter_model_begin));
}

}  // namespace dxnews::analyzer::internal
