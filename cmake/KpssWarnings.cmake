# Warnings every kpss target is built with; -Werror only when asked (CI asks).
function(kpss_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${KPSS_WARNINGS_AS_ERRORS}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
      $<$<BOOL:${KPSS_WARNINGS_AS_ERRORS}>:-Werror>)
  endif()
endfunction()
