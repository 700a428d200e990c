// libFuzzer target: raw bytes through Beast's request parser with our limits, then the query
// and percent decoding the server applies to every request target.
#include <boost/beast/http.hpp>
#include <cstddef>
#include <cstdint>

#include "platform/api/request.hpp"

namespace http = boost::beast::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(64 * 1024);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (!ec && parser.is_header_done()) {
    auto target = parser.get().target();
    auto q = target.find('?');
    anjian::api::PercentDecode(target.substr(0, q), false);
    if (q != boost::beast::string_view::npos) anjian::api::ParseQuery(target.substr(q + 1));
  }
  std::string_view s(reinterpret_cast<const char*>(data), size);
  anjian::api::ParseQuery(s);
  anjian::api::PercentDecode(s, true);
  return 0;
}
