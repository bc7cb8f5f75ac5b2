// Who pacta is, as machine-readable reports name their producer (SARIF's tool.driver). The
// version comes from CMake's project(); there is no project home page to link yet.
#pragma once

#include "diag/render.hpp"

#ifndef PACTA_VERSION
#define PACTA_VERSION "unknown"
#endif

namespace pacta::cli {

inline diag::SarifTool sarif_tool() { return {"pacta", PACTA_VERSION, ""}; }

}  // namespace pacta::cli
