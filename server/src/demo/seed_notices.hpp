// Full texts of the two seed documents, used as demo notices: the Jining 工信局 notice that
// motivated the system (seed 000) and the ministry guidance 工信部安全〔2020〕83号 (seed 003).
#pragma once

#include <string>

namespace anjian::demo {

// Seed 000. Its source text splits the title over two lines and renders 工业 as "以"
// ("指导督促以行业"); the title here restores 工业 from the body's own wording ("做好指导督促
// 工业行业加强安全生产工作"). The body is verbatim apart from removed [bookmark: …] markers.
const char* SeedNotice000Title();
std::string SeedNotice000Body();

// Seed 003. The body starts with the document number line and ends with issuer and date.
const char* SeedNotice003Title();
std::string SeedNotice003Body();

}  // namespace anjian::demo
