// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
// Compiled as C++17 (core/CMakeLists.txt): the one file that includes LEMON.
#include "core/allocation/MinCostFlow.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace dc::core::allocation {

std::optional<std::vector<std::int64_t>> solveMinCostFlow(const FlowProblem& problem) {
    using Graph = lemon::SmartDigraph;
    Graph graph;
    graph.reserveNode(problem.nodes);
    graph.reserveArc(static_cast<int>(problem.arcs.size()));
    std::vector<Graph::Node> nodes;
    nodes.reserve(static_cast<std::size_t>(problem.nodes));
    for (int i = 0; i < problem.nodes; ++i) {
        nodes.push_back(graph.addNode());
    }
    std::vector<Graph::Arc> arcs;
    arcs.reserve(problem.arcs.size());
    for (const FlowArc& arc : problem.arcs) {
        arcs.push_back(
            graph.addArc(nodes.at(static_cast<std::size_t>(arc.from)), nodes.at(static_cast<std::size_t>(arc.to))));
    }
    Graph::ArcMap<std::int64_t> capacity(graph);
    Graph::ArcMap<std::int64_t> cost(graph);
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        capacity[arcs[i]] = problem.arcs[i].capacity;
        cost[arcs[i]] = problem.arcs[i].cost;
    }
    Graph::NodeMap<std::int64_t> supply(graph, 0);
    for (int i = 0; i < problem.nodes && static_cast<std::size_t>(i) < problem.supply.size(); ++i) {
        supply[nodes[static_cast<std::size_t>(i)]] = problem.supply[static_cast<std::size_t>(i)];
    }
    lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    // The supplies sum to zero, so the default GEQ supply type means every supply is met exactly.
    // The block search pivot rule is deterministic (no random choices).
    if (simplex.run(simplex.BLOCK_SEARCH) != simplex.OPTIMAL) {
        return std::nullopt;
    }
    std::vector<std::int64_t> flow(arcs.size());
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        flow[i] = simplex.flow(arcs[i]);
    }
    return flow;
}

} // namespace dc::core::allocation
