import { useState } from 'react'
import { api } from '../api/http'

// A file the API writes as it reads it (a report's CSV, XLSX or PDF), fetched with the session and saved by the
// browser under the name the server gives, with its progress shown while it arrives. The server streams it without
// a length, so progress is the bytes received so far (and a share when the length is known).

/** How much of a download has arrived: bytes so far, and the whole when the server said it. */
export interface DownloadProgress {
  received: number
  total: number | null
}

/** The file name of a Content-Disposition header (`attachment; filename="sales.xlsx"`), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const quoted = /filename="([^"]+)"/i.exec(disposition ?? '')
  if (quoted) return quoted[1]!
  const bare = /filename=([^;\s]+)/i.exec(disposition ?? '')
  return bare ? bare[1]! : fallback
}

/** "340 KB", "1.2 MB": bytes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/**
 * Downloads `path` (an API path without its leading slash) with these search parameters and saves it. No timeout:
 * a large report takes as long as it takes. Rejects with the API's problem when the server refuses.
 */
export async function downloadFile(
  path: string,
  searchParams: Record<string, string>,
  onProgress: (progress: DownloadProgress) => void,
): Promise<void> {
  const response = await api.get(path, {
    searchParams,
    timeout: false,
    onDownloadProgress: (progress) =>
      onProgress({ received: progress.transferredBytes, total: progress.totalBytes || null }),
  })
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = fileNameOf(response.headers.get('content-disposition'), path.split('/').pop() ?? 'download')
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}

/** A download button's state: one download at a time, its progress while it runs, its error after. */
export function useDownload() {
  const [progress, setProgress] = useState<DownloadProgress | null>(null)
  const [error, setError] = useState<unknown>(null)
  const start = async (path: string, searchParams: Record<string, string>) => {
    setError(null)
    setProgress({ received: 0, total: null })
    try {
      await downloadFile(path, searchParams, setProgress)
    } catch (failed) {
      setError(failed)
    } finally {
      setProgress(null)
    }
  }
  return { start, progress, busy: progress !== null, error }
}
