// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "crypto/SecureBuffer.h"

#include <botan/mem_ops.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace dc::crypto {

void* secureAllocate(std::size_t count, std::size_t elementSize) {
    // Botan's allocator takes memory from its locked (mlock) pool when it can and falls back to calloc; it
    // returns zeroed memory, checks count * elementSize for overflow and throws std::bad_alloc on failure.
    return Botan::allocate_memory(count, elementSize);
}

void secureDeallocate(void* pointer, std::size_t count, std::size_t elementSize) noexcept {
    // Scrubs the whole allocation before handing it back, so bytes past size() (old contents after a
    // shrink, or the unused capacity) are wiped too.
    Botan::deallocate_memory(pointer, count, elementSize);
}

void secureWipe(void* pointer, std::size_t size) noexcept {
    if (pointer != nullptr && size != 0) {
        Botan::secure_scrub_memory(pointer, size);
    }
}

SecureBuffer::SecureBuffer(std::size_t size) : m_bytes(size, std::uint8_t{0}) {}

SecureBuffer SecureBuffer::copyOf(std::span<const std::uint8_t> bytes) {
    SecureBuffer buffer;
    buffer.append(bytes);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(std::string_view text) {
    SecureBuffer buffer;
    buffer.append(text);
    return buffer;
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept : m_bytes(std::move(other.m_bytes)) {
    // A moved-from std::vector is "valid but unspecified"; make the documented promise explicit.
    other.clear();
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        // SecureAllocator is stateless (always equal), so this steals the storage without copying bytes.
        m_bytes = std::move(other.m_bytes);
        other.clear();
    }
    return *this;
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer SecureBuffer::clone() const {
    return copyOf(bytes());
}

void SecureBuffer::append(std::span<const std::uint8_t> bytes) {
    if (bytes.empty()) {
        return;
    }
    const std::size_t oldSize = m_bytes.size();
    if (bytes.size() > m_bytes.max_size() - oldSize) {
        throw std::length_error("SecureBuffer::append: size overflow");
    }
    const std::size_t newSize = oldSize + bytes.size();
    if (newSize > m_bytes.capacity()) {
        // Grow into a fresh allocation and copy by hand rather than letting the vector reallocate: `bytes` may
        // point into our own storage (appending a buffer to itself), and the old block must stay alive until
        // both copies are done. The old block is released (and scrubbed) when `grown` goes out of scope.
        const std::size_t doubled = m_bytes.capacity() > m_bytes.max_size() / 2 ? newSize : 2 * m_bytes.capacity();
        decltype(m_bytes) grown;
        grown.reserve(std::max(newSize, doubled));
        grown.resize(newSize);
        if (oldSize != 0) {
            std::memcpy(grown.data(), m_bytes.data(), oldSize);
        }
        std::memcpy(grown.data() + oldSize, bytes.data(), bytes.size());
        m_bytes.swap(grown);
    } else {
        // No reallocation: the source, even if it lies in [data(), data() + oldSize), is left untouched.
        m_bytes.resize(newSize);
        std::memmove(m_bytes.data() + oldSize, bytes.data(), bytes.size());
    }
}

void SecureBuffer::append(std::string_view text) {
    append(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

void SecureBuffer::clear() noexcept {
    secureWipe(m_bytes.data(), m_bytes.size());
    // Swapping with an empty vector releases the block (the allocator scrubs it again, capacity included).
    decltype(m_bytes) empty;
    m_bytes.swap(empty);
}

} // namespace dc::crypto
