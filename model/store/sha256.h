// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <memory>

struct evp_md_ctx_st;

namespace bulwark::store {

/// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them (Qt 6.4's own
/// portable code is several times slower). The audit trail hashes every entry: an import of a million elements
/// writes six million of them, and `verify` hashes them all again. Same digest as QCryptographicHash.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// The 32-byte digest (as QCryptographicHash::result()) of what was added since the start or the last result;
    /// the object is then ready for the next digest (one context serves a million audit entries).
    QByteArray result();
    /// The digest in lower-case hex (as QCryptographicHash::result().toHex()).
    QByteArray resultHex() { return result().toHex(); }

private:
    void flush();
    struct Free {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
    std::array<char, 4096> m_buffer;
    std::size_t m_used = 0;
};

} // namespace bulwark::store
