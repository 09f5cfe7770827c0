// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Linked into every GoogleTest executable (tests/CMakeLists.txt doichieu_add_gtest): the XLS reader process of the
// build tree (core/sheets/XlsReaderMain.cpp), which the programs find beside themselves and the test executables do
// not. A test that sets DOICHIEU_XLS_READER itself keeps its own.
#include <cstdlib>

namespace {
const bool kReaderSet = [] {
    if (std::getenv("DOICHIEU_XLS_READER") == nullptr)
        (void)::setenv("DOICHIEU_XLS_READER", DOICHIEU_XLS_READER_PATH, 0);
    return true;
}();
} // namespace
