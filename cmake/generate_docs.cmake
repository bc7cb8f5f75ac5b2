# Runs `pacta generate` for every man page and shell completion, into OUT (build time; the
# texts come from the CLI's own definition, as `--help` does).
# Arguments: -DPACTA=<binary> -DOUT=<directory>
file(MAKE_DIRECTORY ${OUT}/man ${OUT}/completions)
function(generate file)
  execute_process(COMMAND ${PACTA} generate ${ARGN} OUTPUT_FILE ${OUT}/${file} RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "pacta generate ${ARGN} failed (exit ${code})")
  endif()
endfunction()
generate(man/pacta.1 man)
foreach(verb lint check explain diff test fmt)
  generate(man/pacta-${verb}.1 man ${verb})
endforeach()
generate(completions/pacta.bash completion bash)
generate(completions/_pacta completion zsh)
generate(completions/pacta.fish completion fish)
