// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dc::crypto {

// Allocation for secrets goes through Botan's secure allocator (the same one behind Botan::secure_vector:
// memory from the locked pool when available, scrubbed on release). The Botan calls stay in the .cpp.
void* secureAllocate(std::size_t count, std::size_t elementSize);
void secureDeallocate(void* pointer, std::size_t count, std::size_t elementSize) noexcept;
// Overwrites memory in a way the optimiser may not remove (Botan::secure_scrub_memory).
void secureWipe(void* pointer, std::size_t size) noexcept;

template <typename T> struct SecureAllocator {
    using value_type = T;
    SecureAllocator() noexcept = default;
    template <typename U> SecureAllocator(const SecureAllocator<U>&) noexcept {}
    T* allocate(std::size_t count) { return static_cast<T*>(secureAllocate(count, sizeof(T))); }
    void deallocate(T* pointer, std::size_t count) noexcept { secureDeallocate(pointer, count, sizeof(T)); }
    template <typename U> bool operator==(const SecureAllocator<U>&) const noexcept { return true; }
};

// A move-only byte buffer for keys, passwords and other secrets. Copies are explicit (clone()), the bytes
// are wiped when the buffer is destroyed, cleared or moved from, and it never converts to a string type.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled
    static SecureBuffer copyOf(std::span<const std::uint8_t> bytes);
    static SecureBuffer copyOf(std::string_view text); // UTF-8 bytes of a password typed by the user

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    ~SecureBuffer();

    [[nodiscard]] SecureBuffer clone() const;

    [[nodiscard]] std::uint8_t* data() noexcept { return m_bytes.data(); }
    [[nodiscard]] const std::uint8_t* data() const noexcept { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const noexcept { return m_bytes.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_bytes.empty(); }
    [[nodiscard]] std::span<const std::uint8_t> bytes() const noexcept { return {m_bytes.data(), m_bytes.size()}; }
    [[nodiscard]] std::span<std::uint8_t> bytes() noexcept { return {m_bytes.data(), m_bytes.size()}; }
    // The bytes as characters, for passing a password on without a std::string copy.
    [[nodiscard]] std::string_view chars() const noexcept {
        return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()};
    }

    void append(std::span<const std::uint8_t> bytes);
    void append(std::string_view text);
    void clear() noexcept; // wipes and releases

private:
    std::vector<std::uint8_t, SecureAllocator<std::uint8_t>> m_bytes;
};

} // namespace dc::crypto
