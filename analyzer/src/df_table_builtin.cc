// The embedded document-frequency table (builtin_keywords.h). DXNEWS_DF_TABLE_FILE is set by
// analyzer/CMakeLists.txt: corpus/models/df_table.tsv, or an empty file when the tree has none
// yet. The table is too large for a constexpr string literal, so .incbin copies the file into
// .rodata, as for the segmenter model; the symbols bracket it.
#include <cstddef>

#include "builtin_keywords.h"

asm(".pushsection .rodata\n"
    ".balign 16\n"
    ".globl dxnews_df_table_begin\n"
    ".hidden dxnews_df_table_begin\n"
    ".globl dxnews_df_table_end\n"
    ".hidden dxnews_df_table_end\n"
    "dxnews_df_table_begin:\n"
    ".incbin \"" DXNEWS_DF_TABLE_FILE "\"\n"
    "dxnews_df_table_end:\n"
    ".byte 0\n"
    ".popsection\n");

extern "C" const char dxnews_df_table_begin[];
extern "C" const char dxnews_df_table_end[];

namespace dxnews::analyzer {

std::string_view BuiltinDfTable() {
  return std::string_view(dxnews_df_table_begin, static_cast<size_t>(dxnews_df_table_end - dxnews_df_table_begin));
}

}  // namespace dxnews::analyzer
