// GraphML and Graphviz DOT writers for the stakeholder graph.
#include "kpss/graph/export.hpp"

#include <array>
#include <sstream>

namespace kpss {

namespace {

/// Escapes text for XML attribute and element content.
std::string xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

/// A DOT double-quoted string.
std::string dot_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + '"';
}

std::string node_id(const Vertex& v) { return std::string(to_string(v.kind)) + ":" + v.id; }

std::string roles_text(const Vertex& v) {
  std::string out;
  for (Role r : v.roles) {
    if (!out.empty()) out += ' ';
    out += to_string(r);
  }
  return out;
}

constexpr std::array<std::string_view, vertex_kind_count> shapes = {
    "ellipse", "ellipse", "box", "box", "hexagon", "note", "house"};

}  // namespace

std::string_view vertex_colour(const Vertex& vertex) noexcept {
  if (is_stakeholder(vertex.kind)) {
    constexpr std::array<std::pair<Role, std::string_view>, 5> by_role = {{
        {Role::coordinator, "#e15759"},
        {Role::commissioner, "#4e79a7"},
        {Role::provider, "#59a14f"},
        {Role::user, "#f28e2b"},
        {Role::public_, "#b07aa1"},
    }};
    for (const auto& [role, colour] : by_role)
      if (vertex.has_role(role)) return colour;
    return "#bab0ac";
  }
  switch (vertex.kind) {
    case VertexKind::working_group: return "#fff2ae";
    case VertexKind::steering_group: return "#fdd49e";
    case VertexKind::service: return "#a6cee3";
    case VertexKind::measure: return "#e5e5e5";
    default: return "#ccebc5";
  }
}

std::string to_graphml(const StakeholderGraph& graph) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (std::string_view key : {"kind", "model_id", "label", "roles", "service_type", "area", "colour"})
    out << "  <key id=\"" << key << "\" for=\"node\" attr.name=\"" << key
        << "\" attr.type=\"string\"/>\n";
  out << "  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <graph id=\"stakeholders\" edgedefault=\"directed\">\n";
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
    const Vertex& x = graph.vertex(v);
    out << "    <node id=\"" << xml(node_id(x)) << "\">\n";
    const auto data = [&](std::string_view key, std::string_view value) {
      if (!value.empty()) out << "      <data key=\"" << key << "\">" << xml(value) << "</data>\n";
    };
    data("kind", to_string(x.kind));
    data("model_id", x.id);
    data("label", x.label);
    data("roles", roles_text(x));
    data("service_type", x.service_type);
    data("area", x.area);
    data("colour", vertex_colour(x));
    out << "    </node>\n";
  }
  for (const EdgeRecord& e : graph.edges())
    out << "    <edge source=\"" << xml(node_id(graph.vertex(e.source))) << "\" target=\""
        << xml(node_id(graph.vertex(e.target))) << "\"><data key=\"edge_kind\">"
        << to_string(e.kind) << "</data></edge>\n";
  out << "  </graph>\n</graphml>\n";
  return out.str();
}

std::string to_dot(const StakeholderGraph& graph) {
  std::ostringstream out;
  out << "digraph stakeholders {\n"
         "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\"];\n";
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
    const Vertex& x = graph.vertex(v);
    std::string label = x.label.empty() ? x.id : x.label;
    if (!x.roles.empty()) label += "\n(" + roles_text(x) + ")";
    out << "  " << dot_quoted(node_id(x)) << " [label=" << dot_quoted(label)
        << ", shape=" << shapes[static_cast<std::size_t>(x.kind)] << ", fillcolor=\""
        << vertex_colour(x) << "\"];\n";
  }
  for (const EdgeRecord& e : graph.edges()) {
    out << "  " << dot_quoted(node_id(graph.vertex(e.source))) << " -> "
        << dot_quoted(node_id(graph.vertex(e.target))) << " [label=\"" << to_string(e.kind) << '"';
    if (e.kind == EdgeKind::informs) out << ", style=dashed, color=\"#e15759\"";
    if (e.kind == EdgeKind::cooperates_with) out << ", dir=both";
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

}  // namespace kpss
