// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"

#include <QString>

#include <memory>
#include <vector>

namespace bulwark::gui {

/// The blast radius of an impact analysis, handed from the Impact page to the Map page for colouring.
struct MapOverlay {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;    ///< the snapshot the states belong to
    std::shared_ptr<const std::vector<analysis::State>> states; ///< per element of that snapshot
    std::vector<int> failed;                                    ///< sorted
    QString title;                                              ///< what failed, for the banner
    /// A recovery path to highlight (analysis::RecoveryPath::elements: from the function to its end), or empty.
    std::vector<int> path;
};

} // namespace bulwark::gui
