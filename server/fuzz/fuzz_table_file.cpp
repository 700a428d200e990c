// libFuzzer target: uploaded spreadsheets (xlsx zip/xml and CSV) must be read or rejected
// with FormatError, never crash or exhaust memory.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "platform/office/format_error.hpp"
#include "platform/office/table_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"upload.xlsx", "upload.csv"}) {
    try {
      anjian::office::ReadTableFile(name, bytes);
    } catch (const anjian::office::FormatError&) {
    }
    // The row-by-row reader the enterprise import uses: same input, same contract.
    try {
      anjian::office::ForEachTableRow(name, bytes, [](std::size_t, std::vector<std::string>&) {});
    } catch (const anjian::office::FormatError&) {
    }
  }
  return 0;
}
