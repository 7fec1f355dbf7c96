"use client";

import { useRef, useState, type PointerEvent } from "react";
import type { ItemOption } from "@/lib/engine";

/**
 * Put events in order: drag a row by its handle (mouse or finger), or use the
 * up/down buttons (keyboard, switch access, or a thumb that prefers taps).
 * Every move is announced, so screen-reader users hear the new position.
 */
export function OrderingInput({
  labelledBy,
  events,
  order,
  onChange,
  isLocked,
}: {
  labelledBy: string;
  events: readonly ItemOption[];
  /** Event ids, top (earliest) first. */
  order: readonly string[];
  onChange: (order: string[]) => void;
  isLocked: boolean;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const textOf = (id: string) => events.find((event) => event.id === id)?.text ?? id;

  function moveTo(id: string, toIndex: number) {
    const fromIndex = order.indexOf(id);
    if (isLocked || fromIndex === -1 || toIndex < 0 || toIndex >= order.length || toIndex === fromIndex) return;
    const next = order.filter((other) => other !== id);
    next.splice(toIndex, 0, id);
    onChange(next);
    setAnnouncement(`${textOf(id)}: now ${toIndex + 1} of ${order.length}.`);
  }

  function startDrag(event: PointerEvent<HTMLElement>, id: string) {
    if (isLocked) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDraggingId(id);
  }

  // The dragged row goes after every other row whose middle is above the pointer.
  function dragOver(event: PointerEvent<HTMLElement>, id: string) {
    if (draggingId !== id || !listRef.current) return;
    const rows = [...listRef.current.querySelectorAll<HTMLElement>("[data-event-id]")];
    const target = rows.filter((row) => {
      if (row.dataset.eventId === id) return false;
      const box = row.getBoundingClientRect();
      return box.top + box.height / 2 < event.clientY;
    }).length;
    moveTo(id, target);
  }

  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted">{isLocked ? "Your order, earliest first:" : "Drag a row by its handle, or use the arrow buttons. The top row is the earliest."}</p>
      <ol ref={listRef} aria-labelledby={labelledBy} className="flex flex-col gap-2">
        {order.map((id, index) => {
          const text = textOf(id);
          const isDragging = draggingId === id;
          return (
            <li
              key={id}
              data-event-id={id}
              className={`flex items-stretch gap-2 rounded-lg border-2 bg-canvas ${isDragging ? "border-brand shadow-lg" : "border-line"}`}
            >
              <span
                aria-hidden="true"
                title="Drag to reorder"
                data-drag-handle=""
                onPointerDown={(event) => startDrag(event, id)}
                onPointerMove={(event) => dragOver(event, id)}
                onPointerUp={() => setDraggingId(null)}
                onPointerCancel={() => setDraggingId(null)}
                className={`flex w-11 shrink-0 touch-none select-none items-center justify-center rounded-l-md bg-surface text-xl text-muted ${
                  isLocked ? "" : "cursor-grab active:cursor-grabbing"
                }`}
              >
                ⠿
              </span>
              {/* min-w-0 and breaking long words: with a phone's largest text, "investigations" pushed the move buttons off the row (UX review). */}
              <span className="flex min-w-0 flex-1 items-center gap-2 py-2">
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface text-sm font-bold">{index + 1}</span>
                <span className="min-w-0 break-words hyphens-auto">{text}</span>
              </span>
              {isLocked ? null : (
                <span className="flex shrink-0 flex-col">
                  <MoveButton label={`Move “${text}” up`} isDisabled={index === 0} onClick={() => moveTo(id, index - 1)} symbol="↑" />
                  <MoveButton label={`Move “${text}” down`} isDisabled={index === order.length - 1} onClick={() => moveTo(id, index + 1)} symbol="↓" />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function MoveButton({ label, isDisabled, onClick, symbol }: { label: string; isDisabled: boolean; onClick: () => void; symbol: string }) {
  // aria-disabled rather than disabled: a button that becomes disabled under focus would drop the focus.
  return (
    <button
      type="button"
      aria-label={label}
      aria-disabled={isDisabled || undefined}
      onClick={() => {
        if (!isDisabled) onClick();
      }}
      className="flex size-11 items-center justify-center text-lg font-bold text-brand hover:bg-brand-soft aria-disabled:cursor-not-allowed aria-disabled:text-muted aria-disabled:opacity-50"
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}
