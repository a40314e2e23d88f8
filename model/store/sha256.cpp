// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#define BULWARK_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace bulwark::store {
namespace {

constexpr std::array<std::uint32_t, 8> initialState{
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef BULWARK_SHA_NI
alignas(16) constexpr std::uint32_t roundConstants[64]
    = {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
       0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
       0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
       0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
       0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
       0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
       0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
       0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

/// Compresses `blocks` 64-byte blocks into `state` with the SHA-NI instructions (Intel's published scheme: the state
/// held as ABEF and CDGH, four rounds per message vector, the schedule extended with sha256msg1/msg2).
__attribute__((target("sha,sse4.1,ssse3"))) void
compress(std::uint32_t *state, const unsigned char *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = state0;
        const __m128i cdghSaved = state1;
        __m128i message[4];
        for (int group = 0; group < 16; ++group) {
            __m128i &current = message[group % 4];
            if (group < 4) {
                current
                    = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)), byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-13] (current), W[t-12..t-9], W[t-7..t-4] and W[t-4..t-1].
                const __m128i &previous = message[(group + 3) % 4];
                const __m128i &twoBack = message[(group + 2) % 4];
                const __m128i &threeBack = message[(group + 1) % 4];
                __m128i w = _mm_sha256msg1_epu32(current, threeBack);
                w = _mm_add_epi32(w, _mm_alignr_epi8(previous, twoBack, 4));
                current = _mm_sha256msg2_epu32(w, previous);
            }
            __m128i k
                = _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i *>(roundConstants + 4 * group)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, k);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}

bool detectShaInstructions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}
#endif

} // namespace

bool Sha256::isAccelerated()
{
#ifdef BULWARK_SHA_NI
    static const bool accelerated = detectShaInstructions();
    return accelerated;
#else
    return false;
#endif
}

Sha256::Sha256() : m_state(initialState)
{
    if (!isAccelerated())
        m_portable.emplace(QCryptographicHash::Sha256);
}

void Sha256::addData(QByteArrayView bytes)
{
    if (m_portable) {
        m_portable->addData(bytes);
        return;
    }
#ifdef BULWARK_SHA_NI
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    std::size_t size = std::size_t(bytes.size());
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, m_buffer.size() - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, data, take);
        m_buffered += take;
        data += take;
        size -= take;
        if (m_buffered < m_buffer.size())
            return;
        compress(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(m_state.data(), data, size / 64);
        data += size - size % 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer.data(), data, size);
        m_buffered = size;
    }
#endif
}

QByteArray Sha256::resultHex()
{
    if (m_portable)
        return m_portable->result().toHex();
#ifdef BULWARK_SHA_NI
    // Padding: 0x80, zeros up to 56 bytes in the last block, then the length in bits, big-endian.
    const std::uint64_t bits = m_length * 8;
    std::array<unsigned char, 72> tail{};
    tail[0] = 0x80;
    const std::size_t zeros = (m_buffered < 56 ? 56 - m_buffered : 120 - m_buffered) - 1;
    for (int i = 0; i < 8; ++i)
        tail[1 + zeros + std::size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    const std::uint64_t length = m_length;
    addData(QByteArrayView(reinterpret_cast<const char *>(tail.data()), qsizetype(1 + zeros + 8)));
    m_length = length;
    Q_ASSERT(m_buffered == 0);
    QByteArray hex(64, Qt::Uninitialized);
    static const char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < 8; ++i) {
        for (int nibble = 0; nibble < 8; ++nibble)
            hex[qsizetype(i * 8 + std::size_t(nibble))] = digits[(m_state[i] >> (28 - 4 * nibble)) & 0xf];
    }
    return hex;
#else
    return {};
#endif
}

} // namespace bulwark::store
