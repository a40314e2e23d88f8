// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace bulwark::store {

/// SHA-256 (FIPS 180-4) with the processor's SHA instructions where it has them (x86-64 SHA-NI: about ten times
/// QCryptographicHash), else portable code: for the stored analysis snapshot's checksum, which covers 10 MB at 100,000
/// elements and 110 MB at 1,000,000. Gives the same digest as QCryptographicHash::Sha256 (tst_graphsnapshotcache).
class FastSha256
{
public:
    void addData(QByteArrayView bytes);
    /// The 32-byte digest; the object is spent afterwards.
    QByteArray result();
    /// Whether the SHA instructions are used on this processor.
    static bool usesShaInstructions();

private:
    std::array<std::uint32_t, 8> m_state{
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::array<unsigned char, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace bulwark::store
