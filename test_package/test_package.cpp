#include <kpss/kpss.hpp>

#include <iostream>

int main() {
  const auto& region = kpss::code(kpss::CodeList::region, "CZ064");
  std::cout << "kpss " << kpss::version_string << ": " << region.name_cs << '\n';
  return 0;
}
