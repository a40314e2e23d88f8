// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logging.h"

namespace bulwark {
Q_LOGGING_CATEGORY(lcStore, "bulwark.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegister, "bulwark.register", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "bulwark.exchange", QtWarningMsg)
} // namespace bulwark
