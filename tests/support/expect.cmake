# expect(MESSAGE CONDITION...): fail the test script with MESSAGE unless the condition (words
# as if() takes them) holds; the scratch directory ${WORK}, when set, is removed first.
function(expect what)
  if(NOT (${ARGN}))
    if(WORK)
      file(REMOVE_RECURSE ${WORK})
    endif()
    message(FATAL_ERROR "${what}")
  endif()
endfunction()
