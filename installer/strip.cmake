# SPDX-FileCopyrightText: 2026 Bulwark contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack runs this after installing into its staging folder (CPACK_PRE_BUILD_SCRIPTS): CPACK_STRIP_FILES strips
# without arguments, which leaves the .comment and .note sections; remove them as dh_strip does.
file(GLOB_RECURSE executables "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/bulwark")
if(NOT executables)
    message(FATAL_ERROR "strip.cmake: no bin/bulwark under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(executable IN LISTS executables)
    execute_process(COMMAND "${CPACK_BULWARK_STRIP}" --remove-section=.comment --remove-section=.note "${executable}"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
