"use client";

import { useEffect, type RefObject } from "react";

/**
 * After a failed submission, moves focus to the first field marked invalid, so
 * keyboard and screen-reader users land on the message that needs them.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, state: { fieldErrors?: object }): void {
  useEffect(() => {
    if (!state.fieldErrors || Object.keys(state.fieldErrors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, state]);
}
