// A consumer of kpss::kpss: looks a service type up and adds money.
#include <kpss/kpss.hpp>

#include <iostream>

int main() {
  const auto& type = kpss::code(kpss::CodeList::service_type, "§40");
  const kpss::Money total = kpss::parse_money("1 234,50 Kč") + kpss::parse_money("100 CZK");
  std::cout << "kpss " << kpss::version_string << ": " << type.name_en << ", "
            << kpss::format_money(total) << '\n';
  return type.rest_id == 3838 && total.minor_units() == 133450 ? 0 : 1;
}
