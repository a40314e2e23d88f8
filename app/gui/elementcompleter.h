// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QLineEdit;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// Gives `edit` a completer over "KEY  name" of every element of `service` (matching anywhere, case-insensitive).
/// The 100,000 entries of a large register are built on a worker thread from a shared copy of the register, and the
/// completer is installed when they are ready, replacing the previous one (a BackgroundJob, child of `edit`: a newer
/// call replaces one still running). `activated` is called (queued) when the user picks an entry.
void installElementCompleter(QLineEdit *edit, const RegisterService &service, std::function<void()> activated);

} // namespace bulwark::gui
