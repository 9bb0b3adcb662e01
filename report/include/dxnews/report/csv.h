// CSV as RFC 4180 writes it: fields with a comma, a quote or a line break are quoted and their
// quotes doubled; rows end with "\n". The one CSV writer of dxnews (search, trends, listings,
// export).
#ifndef DXNEWS_REPORT_CSV_H_
#define DXNEWS_REPORT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace dxnews::report {

std::string CsvField(std::string_view text);
/// The fields joined by commas, each through CsvField, with the final "\n".
std::string CsvRow(const std::vector<std::string>& fields);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_CSV_H_
