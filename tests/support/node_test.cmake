# pacta_node_test(NAME SCRIPT [ARGS...] [TIMEOUT SECONDS] [NEEDS TEXT]): one CTest test run by
# Debian's node from the source tree (label `js`). Without node the test is skipped (exit 77,
# saying what to install), never passed; the scripts skip themselves the same way without
# their npm packages (tests/support/js_harness.js).
find_program(NODE node)
function(pacta_node_test name script)
  cmake_parse_arguments(ARG "" "TIMEOUT;NEEDS" "" ${ARGN})
  if(NOT ARG_NEEDS)
    set(ARG_NEEDS "nodejs npm")
  endif()
  if(NODE)
    add_test(NAME ${name} COMMAND ${NODE} ${script} ${ARG_UNPARSED_ARGUMENTS} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  else()
    add_test(NAME ${name}
             COMMAND sh -c "echo 'SKIPPED: node was not found when the build was configured (apt-get install ${ARG_NEEDS}; npm ci)'; exit 77")
  endif()
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77 LABELS js)
  if(ARG_TIMEOUT)
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
  endif()
endfunction()
