// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/sha256.h"

#include <cstdlib>
#include <cstring>
#include <openssl/evp.h>

namespace bulwark::store {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

namespace {

/// The implementation, fetched once: EVP_sha256() makes OpenSSL 3 look it up in its providers again at every
/// initialisation, which cost more than hashing an audit entry (issue 16: verify hashes 600,000 of them).
const EVP_MD *sha256Implementation()
{
    static const EVP_MD *const md = [] {
        const EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return md;
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    // Only an allocation failure can make these fail; the audit trail must not go on with a wrong hash.
    if (!m_context || EVP_DigestInit_ex(m_context.get(), sha256Implementation(), nullptr) != 1)
        std::abort();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    // Small parts are gathered first: an audit entry is hashed in some thirty parts of a few bytes each, and one call
    // into libcrypto per part cost more than the hashing (issue 16: verify at 100,000 elements).
    const auto size = std::size_t(bytes.size());
    if (m_used + size <= m_buffer.size()) {
        std::memcpy(m_buffer.data() + m_used, bytes.data(), size);
        m_used += size;
        return;
    }
    flush();
    if (size <= m_buffer.size() / 2) {
        std::memcpy(m_buffer.data(), bytes.data(), size);
        m_used = size;
    } else if (EVP_DigestUpdate(m_context.get(), bytes.data(), size) != 1) {
        std::abort();
    }
}

void Sha256::flush()
{
    if (m_used > 0 && EVP_DigestUpdate(m_context.get(), m_buffer.data(), m_used) != 1)
        std::abort();
    m_used = 0;
}

QByteArray Sha256::result()
{
    flush();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // Finished, then started again with the same implementation: the object is ready for the next digest.
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1
        || EVP_DigestInit_ex(m_context.get(), nullptr, nullptr) != 1)
        std::abort();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace bulwark::store
