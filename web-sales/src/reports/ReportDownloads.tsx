import { describeError, formatBytes, useDownload } from '@elif/web-kit'
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core'

const FORMATS = [
  { extension: 'csv', label: 'CSV' },
  { extension: 'xlsx', label: 'Excel (XLSX)' },
  { extension: 'pdf', label: 'PDF' },
] as const

/**
 * A report's download buttons (CSV, XLSX, PDF of the same question) and a print button; while a file arrives its
 * progress shows (bytes received: the server streams the file without announcing its length).
 */
export function ReportDownloads({ path, params }: { path: string; params: Record<string, string> }) {
  const download = useDownload()
  const progress = download.progress
  return (
    <Stack gap="xs" className="elif-print-hidden">
      <Group gap="xs">
        {FORMATS.map((format) => (
          <Button
            key={format.extension}
            variant="default"
            size="xs"
            disabled={download.busy}
            data-testid={`download-${format.extension}`}
            onClick={() => void download.start(`${path}.${format.extension}`, params)}
          >
            {format.label}
          </Button>
        ))}
        <Button variant="subtle" size="xs" onClick={() => window.print()} data-testid="report-print">
          Print
        </Button>
      </Group>
      {progress && (
        <Stack gap={2} data-testid="download-progress">
          <Progress
            value={progress.total ? (progress.received / progress.total) * 100 : 100}
            animated={!progress.total}
            striped={!progress.total}
            size="sm"
          />
          <Text size="xs" c="dimmed">
            {formatBytes(progress.received)}
            {progress.total ? ` of ${formatBytes(progress.total)}` : ' received'}
          </Text>
        </Stack>
      )}
      {download.error !== null && (
        <Alert color="red" title="The file could not be downloaded" data-testid="download-error">
          {describeError(download.error)}
        </Alert>
      )}
    </Stack>
  )
}
