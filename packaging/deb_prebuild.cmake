# CPACK_PRE_BUILD_SCRIPTS: runs in cpack after the staging install, before the .deb is made.

# Debian policy 12.1: manual pages are compressed with gzip -9n. Only the package gets them so:
# `cmake --install` leaves them as they are in man/.
find_program(GZIP gzip REQUIRED)
file(GLOB_RECURSE pages LIST_DIRECTORIES false
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/man/man*/*")
foreach(page IN LISTS pages)
  if(NOT page MATCHES "\\.gz$")
    execute_process(COMMAND ${GZIP} -9 -n -f ${page} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "gzip ${page} failed: ${rc}")
    endif()
  endif()
endforeach()

# Every directory 0755: the install made them with mkdir, which the umask of the shell running
# cpack masks (CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS does not get past it), and under
# umask 077 the package would install /usr/share/ipt unreadable to everyone but root.
file(GLOB_RECURSE entries LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(entry IN LISTS entries)
  if(IS_DIRECTORY ${entry} AND NOT IS_SYMLINK ${entry})
    file(CHMOD ${entry} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                    WORLD_READ WORLD_EXECUTE)
  endif()
endforeach()
