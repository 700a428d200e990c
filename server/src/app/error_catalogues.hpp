// Every area's error catalogue (core/error_catalogue.hpp), for error_catalogue_test and the
// developer documentation: a new area lists its `<area>_errors.hpp` here.
#pragma once

#include <vector>

#include "core/error_catalogue.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues();

}  // namespace anjian::app
