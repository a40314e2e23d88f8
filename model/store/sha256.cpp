// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/sha256.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace bulwark::store {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    // Only an allocation failure can make these fail; the audit trail must not go on with a wrong hash.
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        std::abort();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty() && EVP_DigestUpdate(m_context.get(), bytes.data(), std::size_t(bytes.size())) != 1)
        std::abort();
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1)
        std::abort();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace bulwark::store
