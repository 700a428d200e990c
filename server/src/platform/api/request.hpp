// Transport-neutral HTTP request and response. The Beast server (module http) converts to
// and from these, so handlers never include Beast and compile fast.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace anjian::api {

struct Request {
  std::string method;                                    // "GET", "POST", ...
  std::string path;                                      // decoded path without query
  std::unordered_map<std::string, std::string> query;    // decoded, last value wins
  std::unordered_map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote_ip;
  std::vector<std::string> path_params;  // filled by the router from {placeholders}

  std::string_view Header(std::string_view name) const;
  std::optional<std::string> Query(const std::string& name) const;
  std::string Cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response NoContent();
  static Response Text(int status, std::string body);
  // An attachment download; `filename` may be UTF-8 (RFC 5987 encoded).
  static Response Download(std::string body, std::string content_type, std::string_view filename);
};

// Parses "a=1&b=%E4%B8%AD" into a map (percent- and plus-decoded).
std::unordered_map<std::string, std::string> ParseQuery(std::string_view query);
std::string PercentDecode(std::string_view s, bool plus_as_space);
std::string PercentEncode(std::string_view s);

}  // namespace anjian::api
