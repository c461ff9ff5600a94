// The stakeholder graph (graf aktérů): who takes part in the plan, in which groups, for whom
// they provide, fund or answer, and who informs whom. Built on Boost.Graph; the public
// interface shows no Boost type, so users of kpss need no Boost headers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/rank/participant.hpp"

namespace kpss {

/// What a vertex stands for. Stakeholders are split by kind (osoba / organizace).
enum class VertexKind : std::uint8_t {
  person,          ///< a stakeholder of kind person
  organisation,    ///< a stakeholder of kind organisation
  working_group,   ///< pracovní skupina
  steering_group,  ///< řídící skupina (one per plan; model id "steering_group")
  service,         ///< sociální služba
  measure,         ///< opatření of the strategy
  municipality,    ///< obec (model id: its territory code)
};
inline constexpr std::size_t vertex_kind_count = 7;

/// What a tie means. Every edge is stored directed (source → target as listed); analyses
/// say which ties they follow and in which direction.
enum class EdgeKind : std::uint8_t {
  member_of,        ///< stakeholder → working or steering group (člen)
  chairs,           ///< stakeholder → working or steering group (vedoucí)
  represents,       ///< person → organisation (zastupuje)
  provides,         ///< stakeholder → service (poskytuje)
  funds,            ///< stakeholder → service or measure (financuje)
  responsible_for,  ///< stakeholder → measure (odpovídá za)
  cooperates_with,  ///< stakeholder → stakeholder, symmetric in meaning (spolupracuje)
  informs,          ///< stakeholder or group → stakeholder or group (informuje)
  serves,           ///< service → municipality (působnost)
};
inline constexpr std::size_t edge_kind_count = 9;

/// Stable lower-case names ("working_group", "responsible_for", ...) and their inverses,
/// which return false for an unknown name and leave `out` unchanged.
std::string_view to_string(VertexKind value) noexcept;
std::string_view to_string(EdgeKind value) noexcept;
bool from_string(std::string_view text, VertexKind& out) noexcept;
bool from_string(std::string_view text, EdgeKind& out) noexcept;

/// True for person and organisation vertices.
constexpr bool is_stakeholder(VertexKind kind) noexcept {
  return kind == VertexKind::person || kind == VertexKind::organisation;
}
/// True for working and steering group vertices.
constexpr bool is_group(VertexKind kind) noexcept {
  return kind == VertexKind::working_group || kind == VertexKind::steering_group;
}

/// The bundled properties of a vertex. `kind` and `id` together identify it for good.
struct Vertex {
  VertexKind kind = VertexKind::person;
  std::string id;     ///< the model id (stakeholder, group, service, measure id; territory code)
  std::string label;  ///< a name for people to read; may be empty
  std::vector<Role> roles;                        ///< stakeholders: their roles
  std::string service_type;                       ///< services: key of CodeList::service_type
  std::vector<std::string> needed_service_types;  ///< municipalities: types its needs call for
  std::string area;  ///< municipalities: the ORP (or planning area) whose members may pool

  bool has_role(Role role) const noexcept;
  bool operator==(const Vertex&) const = default;
};

/// Index of a vertex: 0 … vertex_count()-1 in order of addition. Valid until a vertex is
/// removed (later indices then shift down by one); the (kind, id) pair never changes.
using VertexIndex = std::size_t;

/// A vertex as analyses report it: its kind and model id, which outlive any index.
struct VertexRef {
  VertexKind kind = VertexKind::person;
  std::string id;
  auto operator<=>(const VertexRef&) const = default;
};

/// One tie as a plain value.
struct EdgeRecord {
  VertexIndex source = 0;
  VertexIndex target = 0;
  EdgeKind kind = EdgeKind::member_of;
  bool operator==(const EdgeRecord&) const = default;
};

/// Does `kind` allow a tie from a `source` vertex to a `target` vertex? (The table in
/// docs/graph.md.) Complexity: O(1).
bool edge_allowed(EdgeKind kind, VertexKind source, VertexKind target) noexcept;

namespace detail {
struct GraphAccess;
}

/// The stakeholder graph: a directed multigraph of typed vertices and typed edges with at
/// most one edge of each kind between an ordered pair. Build it from a plan with
/// `build_stakeholder_graph` (kpss/graph/build.hpp) or vertex by vertex.
/// Copyable and movable; not thread-safe for concurrent modification.
class StakeholderGraph {
 public:
  StakeholderGraph();
  StakeholderGraph(const StakeholderGraph& other);
  StakeholderGraph(StakeholderGraph&&) noexcept;
  StakeholderGraph& operator=(const StakeholderGraph& other);
  StakeholderGraph& operator=(StakeholderGraph&&) noexcept;
  ~StakeholderGraph();

  /// Adds a vertex. Throws: InvalidArgument (id not a valid kpss id; roles on a
  /// non-stakeholder), ConflictError (a vertex of that kind and id exists).
  /// Complexity: O(log V).
  VertexIndex add_vertex(Vertex vertex);
  /// Adds a tie. Returns false when the same tie exists already (nothing changes).
  /// Throws: InvalidArgument (index out of range, a self-loop, or `kind` not allowed
  /// between these kinds of vertices). Complexity: O(out-degree of source).
  bool add_edge(VertexIndex source, VertexIndex target, EdgeKind kind);
  /// Removes a tie. Returns false when there was none. Complexity: O(out-degree of source).
  bool remove_edge(VertexIndex source, VertexIndex target, EdgeKind kind);
  /// Removes a vertex and its ties; later indices shift down by one.
  /// Throws: InvalidArgument (index out of range). Complexity: O(V + E).
  void remove_vertex(VertexIndex v);

  std::size_t vertex_count() const noexcept;
  std::size_t edge_count() const noexcept;
  /// Requires: v < vertex_count().
  const Vertex& vertex(VertexIndex v) const;
  /// Kind and model id of a vertex. Requires: v < vertex_count().
  VertexRef ref(VertexIndex v) const;
  /// The vertex of that kind and model id, if any. Complexity: O(log V).
  std::optional<VertexIndex> find(VertexKind kind, std::string_view id) const;
  /// Like find, but throws NotFound naming the kind and id.
  VertexIndex at(VertexKind kind, std::string_view id) const;
  /// Every vertex of one kind, in index order.
  std::vector<VertexIndex> vertices_of(VertexKind kind) const;
  /// Every tie, ordered by source, then by order of addition at the source.
  std::vector<EdgeRecord> edges() const;
  /// Ties leaving / entering `v`. Requires: v < vertex_count().
  std::vector<EdgeRecord> out_edges(VertexIndex v) const;
  std::vector<EdgeRecord> in_edges(VertexIndex v) const;

 private:
  friend struct detail::GraphAccess;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kpss
