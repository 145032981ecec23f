import { Prompt } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useBlocker } from "react-router-dom"

/**
 * Warns before a dirty form is left, as core's route forms do: leaving
 * within the admin (Back, a link, closing the modal) asks with core's own
 * prompt; reloading or closing the tab gets the browser's "Leave site?"
 * dialog. Call `allowLeave()` right before navigating away after a
 * successful save.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const saved = useRef(false)
  const guard = dirty && !saved.current
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !saved.current && currentLocation.pathname !== nextLocation.pathname
  )

  useEffect(() => {
    if (!guard) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium needs a returnValue to show the dialog.
      event.returnValue = ""
    }
    window.addEventListener("beforeunload", onBeforeUnload)
    return () => window.removeEventListener("beforeunload", onBeforeUnload)
  }, [guard])

  const prompt = (
    <Prompt open={blocker.state === "blocked"} variant="confirmation">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Are you sure you want to leave this form?</Prompt.Title>
          <Prompt.Description>
            You have unsaved changes that will be lost if you exit this form.
          </Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel type="button" onClick={() => blocker.reset?.()}>
            Cancel
          </Prompt.Cancel>
          <Prompt.Action type="button" onClick={() => blocker.proceed?.()}>
            Continue
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )

  return {
    prompt,
    allowLeave: () => {
      saved.current = true
    },
  }
}
