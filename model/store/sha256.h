// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <optional>

namespace bulwark::store {

/// SHA-256 with the processor's SHA instructions (x86 SHA-NI) where it has them, else Qt's own (the same digest
/// either way; Qt 6.4's portable code is several times slower). The audit trail hashes every entry: an import of a
/// million elements writes six million of them, and `verify` hashes them all again.
class Sha256
{
public:
    Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// The digest in lower-case hex (as QCryptographicHash::result().toHex()). Call once.
    QByteArray resultHex();

    /// Whether this processor has the SHA instructions (then they are used).
    static bool isAccelerated();

private:
    std::optional<QCryptographicHash> m_portable; ///< without the SHA instructions
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; ///< bytes added so far
};

} // namespace bulwark::store
