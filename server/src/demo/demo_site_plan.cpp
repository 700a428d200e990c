#include "demo/demo_site_plan.hpp"

#include <zlib.h>

#include <cstdint>

namespace anjian::demo {

namespace {

void Put32(std::string& s, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) s.push_back(static_cast<char>((v >> shift) & 0xff));
}

void Chunk(std::string& out, const char* type, const std::string& data) {
  Put32(out, static_cast<uint32_t>(data.size()));
  std::string body = std::string(type, 4) + data;
  out += body;
  Put32(out, static_cast<uint32_t>(
                 crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

struct Canvas {
  int w, h;
  std::vector<uint8_t> rgb;
  Canvas(int w_, int h_) : w(w_), h(h_), rgb(static_cast<size_t>(w_) * h_ * 3) {}
  void Fill(int x0, int y0, int x1, int y1, uint32_t color) {
    for (int y = std::max(0, y0); y < std::min(h, y1); ++y)
      for (int x = std::max(0, x0); x < std::min(w, x1); ++x) {
        size_t i = (static_cast<size_t>(y) * w + x) * 3;
        rgb[i] = color >> 16;
        rgb[i + 1] = (color >> 8) & 0xff;
        rgb[i + 2] = color & 0xff;
      }
  }
  void Frame(int x0, int y0, int x1, int y1, uint32_t color, int t) {
    Fill(x0, y0, x1, y0 + t, color);
    Fill(x0, y1 - t, x1, y1, color);
    Fill(x0, y0, x0 + t, y1, color);
    Fill(x1 - t, y0, x1, y1, color);
  }
  std::string Png() const {
    std::string raw;
    raw.reserve(static_cast<size_t>(h) * (w * 3 + 1));
    for (int y = 0; y < h; ++y) {
      raw.push_back(0);
      raw.append(reinterpret_cast<const char*>(&rgb[static_cast<size_t>(y) * w * 3]), w * 3);
    }
    uLongf len = compressBound(raw.size());
    std::string z(len, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &len, reinterpret_cast<const Bytef*>(raw.data()),
              raw.size(), 6);
    z.resize(len);
    std::string out("\x89PNG\r\n\x1a\n", 8);
    std::string ihdr;
    Put32(ihdr, w);
    Put32(ihdr, h);
    ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB
    Chunk(out, "IHDR", ihdr);
    Chunk(out, "IDAT", z);
    Chunk(out, "IEND", "");
    return out;
  }
};

}  // namespace

SitePlan DemoSitePlan(int layout) {
  SitePlan p;
  p.width = 800;
  p.height = 500;
  Canvas c(p.width, p.height);
  c.Fill(0, 0, p.width, p.height, 0xeef2e6);                  // yard
  c.Frame(10, 10, p.width - 10, p.height - 10, 0x555555, 4);  // fence
  c.Fill(10, 235, p.width - 10, 265, 0xc8c8c8);                // main road
  c.Fill(385, 10, 415, p.height - 10, 0xc8c8c8);               // cross road
  c.Fill(385, p.height - 14, 415, p.height - 6, 0xeef2e6);     // gate
  // Four building blocks, sized a little differently per layout.
  int d = (layout % 3) * 15;
  const int boxes[4][4] = {{50, 40 + d, 340, 210},
                           {450, 40, 760 - d, 210},
                           {50, 290, 330 - d, 460},
                           {450 + d, 290, 760, 460 - d}};
  for (const auto& b : boxes) {
    c.Fill(b[0], b[1], b[2], b[3], 0xffffff);
    c.Frame(b[0], b[1], b[2], b[3], 0x333333, 3);
    p.buildings.push_back({b[0] / 800.0, b[1] / 500.0, b[2] / 800.0, b[3] / 500.0});
  }
  p.png = c.Png();
  return p;
}

}  // namespace anjian::demo
