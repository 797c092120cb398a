import { Button } from '@doorstep/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc';
import { saveTextFile } from './saveFile';
import type { ExportInput } from './types';

/**
 * "Download CSV" for one table: the server writes the file (formula-safe) and names it; the
 * browser saves it. The result is said in words next to the button for screen readers.
 */
export function DownloadCsv({ input, what }: { input: ExportInput; what: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; message: string }>({
    busy: false,
    message: '',
  });
  const download = async () => {
    setState({ busy: true, message: 'Preparing the file…' });
    try {
      const file = await queryClient.fetchQuery(
        trpc.monitoring.export.queryOptions(input, { staleTime: 0, retry: false }),
      );
      saveTextFile(file.filename, file.csv);
      setState({ busy: false, message: `Downloaded ${file.filename}` });
    } catch (error) {
      setState({
        busy: false,
        message: `The file could not be made: ${error instanceof Error ? error.message : 'try again'}`,
      });
    }
  };
  return (
    <span className="mon-download">
      <Button variant="secondary" onClick={download} disabled={state.busy}>
        Download CSV<span className="ds-visually-hidden"> for {what}</span>
      </Button>
      <span className="mon-download__status" role="status">
        {state.message}
      </span>
    </span>
  );
}
